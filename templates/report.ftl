<#-- auditpack evidence pack. Rendered to XHTML, then to PDF/A. Data: model (the report model), fmt (formatting),
     statuses (control statuses in display order), findings (first failing resources per check). -->
<#assign run = model.run>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <title>Evidence pack ${run.organisation} ${run.periodLabel}</title>
  <meta name="author" content="${run.organisation}"/>
  <meta name="subject" content="ISO/IEC 27001:2022 and SOC 2 evidence for ${run.periodLabel}"/>
  <meta name="keywords" content="audit evidence, AWS, ISO 27001, SOC 2"/>
  <meta name="creator" content="auditpack ${run.toolVersion}"/>
  <style><#include "report.css"></style>
  <bookmarks>
    <bookmark name="Cover" href="#cover"/>
    <bookmark name="Summary" href="#summary"/>
    <bookmark name="How to read this pack" href="#reading"/>
    <bookmark name="Responsibility profile" href="#profile"/>
    <#list model.frameworks as fw>
    <bookmark name="${fw.shortName}: controls" href="#fw-${fw.id}">
      <bookmark name="Control table" href="#fw-${fw.id}-table"/>
      <bookmark name="Control details" href="#fw-${fw.id}-details"/>
    </bookmark>
    </#list>
    <#list model.frameworks as fw><#if fw.soa?has_content><bookmark name="Statement of Applicability (${fw.shortName})" href="#soa-${fw.id}"/></#if></#list>
    <bookmark name="Checks and findings" href="#checks"/>
    <bookmark name="Manual evidence" href="#manual"/>
    <bookmark name="Exceptions" href="#exceptions"/>
    <bookmark name="AWS attestations" href="#attestations"/>
    <bookmark name="Collection errors" href="#errors"/>
    <bookmark name="Evidence index" href="#evidence"/>
  </bookmarks>
</head>
<body>

<div class="cover" id="cover">
  <div class="brand">auditpack evidence pack</div>
  <div class="title">AWS evidence pack</div>
  <div class="subtitle">ISO/IEC 27001:2022 Annex A · SOC 2 Trust Services Criteria</div>
  <div class="org">${run.organisation}</div>
  <table class="facts">
    <tr><td class="k">Audit period</td><td>${run.periodLabel}: ${run.periodStart} to ${run.periodEnd}</td></tr>
    <tr><td class="k">AWS accounts</td><td>${run.accounts?join(", ")}</td></tr>
    <tr><td class="k">Regions</td><td>${run.regions?join(", ")}</td></tr>
    <tr><td class="k">Evidence collected</td><td>${fmt.time(run.collectedFrom)} to ${fmt.time(run.collectedTo)}</td></tr>
    <tr><td class="k">Collected as</td><td class="mono">${run.callerArn}</td></tr>
    <tr><td class="k">Pack generated</td><td>${fmt.time(run.generatedAt)}</td></tr>
    <tr><td class="k">Tool</td><td>auditpack ${run.toolVersion} (evidence collected with ${run.collectedWith})</td></tr>
    <tr><td class="k">Collection run</td><td class="mono">${run.runId}</td></tr>
  </table>
  <#if run.redacted><div class="note">Redacted for tickets: AWS account ids are replaced by pseudonyms (acct-1, acct-2, …) and IP addresses by private-ip-N or public-ip-N (prefix lengths, 0.0.0.0/0 and ::/0 kept) in this PDF, the workbook, results.json and the ticket summary. SHA-256 hashes are unchanged. The evidence locker in the pack zip (evidence/) keeps the originals, under the real account ids.</div></#if>
</div>

<div id="header">${run.organisation} · Evidence pack<#if run.redacted> (redacted)</#if> · ${run.periodLabel} (${run.periodStart} to ${run.periodEnd})</div>

<div class="section" id="summary">
  <h1>Summary</h1>
  <#list model.frameworks as fw>
  <h3>${fw.title} — ${fw.total} controls</h3>
  <table class="bar"><tr>
    <#list statuses as s><#if (fw.count(s) > 0)><td class="s-${s}" style="width: ${fmt.percent(fw.count(s), fw.total)}%"></td></#if></#list>
  </tr></table>
  <table class="grid">
    <thead><tr><th>Status</th><th class="num">Controls</th><th>Meaning</th></tr></thead>
    <tbody>
    <#list statuses as s>
      <tr><td><span class="status s-${s}">${fmt.label(s)}</span></td><td class="num">${fw.count(s)}</td><td>${fmt.meaning(s)}</td></tr>
    </#list>
    </tbody>
  </table>
  </#list>
  <h3>Collection</h3>
  <p>${model.evidence?size} evidence files from ${run.accounts?size} account(s) and ${run.regions?size} region(s);
  <#if model.errors?has_content><b>${model.errors?size} AWS call(s) failed</b> — the controls that depend on them are shown as GAP, never as satisfied (see Collection errors).<#else>every AWS call succeeded.</#if></p>
</div>

<div class="section" id="reading">
  <h1>How to read this pack</h1>
  <p>Each control is answered from evidence collected read-only from AWS. The raw evidence files are listed at the end with their SHA-256; <span class="mono">auditpack verify</span> re-hashes them.</p>
  <h3>Who operates a control</h3>
  <table class="grid">
    <thead><tr><th>Responsibility</th><th>Meaning</th></tr></thead>
    <tbody>
      <tr><td>inherited</td><td>AWS alone operates it (data-centre physical and environmental controls). Evidence: AWS's own attestations from AWS Artifact, whose period must cover the audit period.</td></tr>
      <tr><td>shared</td><td>AWS and you each operate it in your own layer. Both halves are shown; the control is satisfied only when both are.</td></tr>
      <tr><td>customer</td><td>You alone operate it. Evidence: configuration checks, and documents where no API can show the control.</td></tr>
    </tbody>
  </table>
  <h3>Statuses</h3>
  <table class="grid">
    <thead><tr><th>Status</th><th>Meaning</th></tr></thead>
    <tbody><#list statuses as s><tr><td><span class="status s-${s}">${fmt.label(s)}</span></td><td>${fmt.meaning(s)}</td></tr></#list></tbody>
  </table>
  <div class="note">Evidence that could not be collected is never read as "not configured": the checks and controls that depend on it are GAP.</div>
</div>

<div class="section" id="profile">
  <h1>Responsibility profile</h1>
  <p>The AWS services the evidence shows in use, and for each what AWS does and what remains the organisation's to do. How much is yours depends on the service model: on EC2 (infrastructure) you patch the operating system; on RDS (managed) AWS does; on S3, DynamoDB or Lambda (abstracted) you own data, code and access.</p>
  <table class="grid">
    <thead><tr><th style="width: 30mm">Service</th><th>AWS does</th><th>You do</th></tr></thead>
    <tbody>
    <#list model.profile as p><#if p.use != "NOT_FOUND">
      <tr><td><b>${p.name}</b><br/><span class="small muted">${p.model}</span><br/><span class="small"><#if p.use == "IN_USE">${p.resources} resource(s) in ${p.where?size} account/region scope(s)<#else><b>unknown</b>: evidence missing for ${p.unread?size} scope(s)</#if></span></td>
        <td><#list p.aws as line><p class="small">${line}</p></#list></td>
        <td><#list p.customer as line><p class="small">${line}</p></#list></td></tr>
    </#if></#list>
    </tbody>
  </table>
  <#assign unused = model.profile?filter(p -> p.use == "NOT_FOUND")>
  <#if unused?has_content><p class="small muted">Not found in the evidence: ${unused?map(p -> p.name)?join(", ")}.</p></#if>
</div>

<#list model.frameworks as fw>
<div class="section" id="fw-${fw.id}">
  <h1>${fw.title}</h1>
  <p class="muted">${fw.total} controls<#if fw.version?has_content>, edition ${fw.version}</#if>. Titles are auditpack's own short summaries, not the standard's text.</p>
  <h2 id="fw-${fw.id}-table">Control table</h2>
  <table class="grid">
    <thead><tr><th style="width: 13mm">Control</th><th>Title</th><th style="width: 18mm">Responsibility</th><th style="width: 36mm">Status</th></tr></thead>
    <tbody>
    <#list fw.controls as c>
      <tr><td>${c.id}</td><td>${c.title}</td><td>${c.responsibility}</td><td><span class="status s-${c.status}">${fmt.label(c.status)}</span></td></tr>
    </#list>
    </tbody>
  </table>
  <h2 id="fw-${fw.id}-details">Control details</h2>
  <#list fw.controls as c>
  <div class="control">
    <div class="head">${c.id} ${c.title} <span class="status s-${c.status}">${fmt.label(c.status)}</span></div>
    <div class="small muted">${c.theme} · ${c.responsibility}</div>
    <p>${c.reason}</p>
    <table class="halves"><tr>
      <#if c.awsPart?has_content>
      <td>
        <div class="label">AWS's part<#if c.awsStatus?has_content> · <span class="status s-${c.awsStatus}">${fmt.label(c.awsStatus)}</span></#if></div>
        <p>${c.awsPart}</p>
        <#list c.reports as r><p class="small">${r.name} v${r.version}, ${r.periodStart} to ${r.periodEnd}<#if r.coversPeriod> (covers the audit period)<#else> (does not cover the audit period)</#if></p></#list>
      </td>
      </#if>
      <#if c.customerPart?has_content>
      <td>
        <div class="label">Your part<#if c.customerStatus?has_content> · <span class="status s-${c.customerStatus}">${fmt.label(c.customerStatus)}</span></#if></div>
        <p>${c.customerPart}</p>
        <#list c.checks as k><p class="small"><span class="status s-${k.status}">${k.status}</span> ${k.id} — ${k.pass} pass, ${k.fail} fail, ${k.gap} gap, ${k.notApplicable} n/a<#if (k.accepted > 0)>, ${k.accepted} accepted</#if></p></#list>
      </td>
      </#if>
    </tr></table>
    <#if c.failing?has_content>
    <div class="label">Failing resources (${c.failingTotal}<#if (c.failingTotal > c.failing?size)>; first ${c.failing?size} shown, all in the workbook</#if>)</div>
    <#list c.failing as f><p class="small"><span class="mono">${f.resource}</span> — ${f.reason}</p></#list>
    </#if>
    <#if c.evidence?has_content>
    <div class="label">Evidence</div>
    <#list c.evidence as e><p class="mono">${e.path} sha256:${e.sha256}</p></#list>
    </#if>
    <#if c.documents?has_content>
    <div class="label">Manual evidence provided</div>
    <#list c.documents as d><p class="small">${d.title} — <span class="mono">${d.file}</span>, ${d.owner}, ${d.date}<#if d.expires?has_content>, expires ${d.expires}</#if><#if d.expired> <b>(expired: counts as missing)</b></#if><br/><span class="mono">sha256:${d.sha256}</span></p></#list>
    </#if>
    <#if c.exception?has_content>
    <div class="label">Exception</div>
    <p class="small">${c.exception}</p>
    </#if>
    <div class="label">Manual evidence an auditor will ask for</div>
    <p class="small">${c.manual}</p>
  </div>
  </#list>
</div>
</#list>

<#list model.frameworks as fw><#if fw.soa?has_content>
<div class="section" id="soa-${fw.id}">
  <h1>Statement of Applicability — ${fw.title}</h1>
  <p>Every control, whether it applies, why, and how it stands in this pack. Justifications are auditpack's defaults unless the organisation gave its own (overrides file) or declared a control not applicable (exceptions file).</p>
  <table class="grid">
    <thead><tr><th style="width: 13mm">Control</th><th style="width: 40mm">Title</th><th style="width: 12mm">Applies</th><th>Justification</th><th style="width: 30mm">Status</th></tr></thead>
    <tbody><#list fw.soa as r><tr><td>${r.id}</td><td>${r.title}</td><td><#if r.applicable>yes<#else>no</#if></td><td>${r.justification}<br/><span class="small muted">${r.responsibility} · ${r.evidence}</span></td><td><span class="status s-${r.status}">${fmt.label(r.status)}</span></td></tr></#list></tbody>
  </table>
</div>
</#if></#list>

<div class="section" id="checks">
  <h1>Checks and findings</h1>
  <p>Each check judges every resource it applies to. This section lists at most ${run.findingsPerCheck} failing or undecided resources per check; the workbook lists every finding.</p>
  <#list model.checks as k>
  <div class="control">
    <div class="head">${k.id} <span class="status s-${k.status}">${k.status}</span></div>
    <div class="small muted">${k.title} · severity ${k.severity} · ${k.pass} pass, ${k.fail} fail, ${k.gap} gap, ${k.notApplicable} not applicable<#if (k.accepted > 0)>, ${k.accepted} accepted</#if></div>
    <p><b>Why:</b> ${k.rationale}</p>
    <p><b>Fix:</b> ${k.remediation}</p>
    <#if k.controls?has_content><p class="small muted">Supports: ${k.controls?join(", ")}</p></#if>
    <#assign shown = findings[k.id]>
    <#if shown?has_content>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Resource</th><th>Reason</th></tr></thead>
      <tbody><#list shown as f><tr><td><span class="status s-${f.status}">${f.status}</span></td><td class="mono">${f.resource}</td><td>${f.reason}</td></tr></#list></tbody>
    </table>
    <#if (k.fail + k.gap > shown?size)><p class="small muted">${k.fail + k.gap - shown?size} more in the workbook (sheet Findings).</p></#if>
    </#if>
  </div>
  </#list>
</div>

<div class="section" id="manual">
  <h1>Manual evidence</h1>
  <#if model.manual?has_content>
  <p>Documents the organisation supplied for controls no API can show. Each is in the pack's <span class="mono">manual/</span> folder; its SHA-256 is below. An item that expired before the audit period ended counts as missing.</p>
  <table class="grid">
    <thead><tr><th>Document</th><th style="width: 32mm">Owner, date</th><th style="width: 30mm">Controls</th><th style="width: 22mm">Outcome</th></tr></thead>
    <tbody><#list model.manual as m><tr><td>${m.title}<br/><span class="mono">${m.file}</span><br/><span class="mono muted">sha256:${m.sha256}</span></td><td>${m.owner}<br/>${m.date}<#if m.expires?has_content> to ${m.expires}</#if><#if m.expired><br/><b>expired</b></#if></td><td>${m.controls?join(", ")}</td><td>${m.outcome}<#if m.reason?has_content><br/><span class="small">${m.reason}</span></#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p>No manual evidence was supplied. Controls that need it are shown as <b>Needs manual evidence</b>, each with what an auditor will ask for.</p>
  </#if>
</div>

<div class="section" id="exceptions">
  <h1>Exceptions</h1>
  <#if model.exceptions?has_content>
  <p>Accepted findings stay in the findings lists as ACCEPTED; controls declared not applicable stay in the control tables. An exception applies only while it has not expired on the last day of the audit period.</p>
  <table class="grid">
    <thead><tr><th style="width: 14mm">Id</th><th>Applies to, reason</th><th style="width: 32mm">Approved</th><th style="width: 22mm">Status</th></tr></thead>
    <tbody><#list model.exceptions as e><tr><td>${e.id}</td><td><b>${e.kind}</b>: <span class="mono">${e.target}</span><br/>${e.reason}</td><td>${e.approver}<br/>${e.approved}, until ${e.expires}</td><td><#if e.active>active<#if e.kind == "accepted finding"><br/>${e.matched} finding(s)</#if><#else><b>expired</b> — not applied</#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p>None: no finding was accepted and no control was declared not applicable.</p>
  </#if>
</div>

<div class="section" id="attestations">
  <h1>AWS attestations</h1>
  <p>Reports AWS Artifact listed for the account(s). A report backs an inherited or shared control for this audit only when its period covers the whole audit period (${run.periodStart} to ${run.periodEnd}); otherwise a bridge letter from AWS is needed.</p>
  <#if model.attestations?has_content>
  <table class="grid">
    <thead><tr><th>Report</th><th style="width: 14mm">Series</th><th style="width: 10mm" class="num">Ver.</th><th style="width: 40mm">Period</th><th style="width: 22mm">Covers audit</th></tr></thead>
    <tbody><#list model.attestations as r><tr><td>${r.name}<br/><span class="mono">${r.id}</span></td><td>${r.series}</td><td class="num">${r.version}</td><td>${r.periodStart} to ${r.periodEnd}</td><td><#if r.coversPeriod>yes<#else>no — bridge letter</#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p><b>No AWS Artifact report was collected.</b> Inherited controls cannot be shown as covered.</p>
  </#if>
  <#if model.attachments?has_content>
  <h2 id="attestation-documents">Downloaded report documents</h2>
  <p><b>AWS confidential: shared with you under AWS Artifact's terms; do not redistribute beyond your auditors.</b> These documents were downloaded from AWS Artifact during collection, which accepted its terms for them, and are in the evidence locker with their SHA-256.</p>
  <table class="grid">
    <thead><tr><th>Document</th><th style="width: 16mm" class="num">Bytes</th></tr></thead>
    <tbody><#list model.attachments as a><tr><td>${a.title}<#if a.confidential> <b>(confidential)</b></#if><br/><span class="mono">${a.path}</span><br/><span class="mono muted">sha256:${a.sha256}</span></td><td class="num">${a.size}</td></tr></#list></tbody>
  </table>
  </#if>
</div>

<div class="section" id="errors">
  <h1>Collection errors</h1>
  <#if model.errors?has_content>
  <p>These AWS calls failed after retries. Nothing was assumed about what they would have returned: dependent checks and controls are GAP.</p>
  <table class="grid">
    <thead><tr><th style="width: 24mm">Account / region</th><th style="width: 62mm">Operation and resource</th><th style="width: 30mm">Error</th><th>Message</th></tr></thead>
    <tbody><#list model.errors as e><tr><td>${e.account}<br/>${e.region}</td><td>${e.operation}<#if e.resource??><br/><span class="mono">${e.resource}</span></#if></td><td>${e.errorCode}<br/><span class="small muted">${e.category}</span></td><td>${e.message}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>None: every AWS call made for this pack succeeded.</p>
  </#if>
</div>

<div class="section" id="evidence">
  <h1>Evidence index</h1>
  <p>Every raw evidence file, as AWS returned it, with its SHA-256. The files are in the evidence locker beside this PDF.</p>
  <table class="grid">
    <thead><tr><th>File</th><th style="width: 30mm">Collected</th><th style="width: 16mm" class="num">Bytes</th></tr></thead>
    <tbody><#list model.evidence as e><tr><td><span class="mono">${e.path}</span><br/><span class="mono muted">sha256:${e.sha256}</span></td><td>${fmt.time(e.collectedAt)}</td><td class="num">${e.size}</td></tr></#list></tbody>
  </table>
</div>
</body>
</html>
