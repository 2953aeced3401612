<#-- Checks and their findings, the manual evidence supplied, and the exceptions. -->
<div class="section flow" id="checks">
  <h1>Checks and findings</h1>
  <p>Each check judges every resource it applies to. This section lists at most ${run.findingsPerCheck} failing or undecided resources per check; the workbook lists every finding. Each check's test procedure says what was inspected, the population, the criterion, and how to re-perform the test from the evidence locker (in the pack zip under <span class="mono">evidence/</span><#if !run.redacted && fmt.listsFiles(model.evidence)>, and attached to this PDF</#if>). Where a locker file records a call under its operation's name, the call's <span class="mono">outcome</span> is OK (with the <span class="mono">response</span>), ABSENT (AWS said it is not configured) or ERROR (a gap, never a pass). ${run.pointInTime.statement}</p>
  <#list model.checks as k>
  <div class="control check" id="k-${k.id}">
    <div class="keep">
    <div class="head">${k.id} <span class="status s-${k.status}">${k.status}</span></div>
    <div class="small muted">${k.title} · severity ${k.severity} · ${k.pass} pass, ${k.fail} fail, ${k.gap} gap, ${k.notApplicable} not applicable<#if (k.accepted > 0)>, ${k.accepted} accepted</#if></div>
    <p><b>Why:</b> ${k.rationale}</p>
    <p><b>Fix:</b> ${k.remediation}</p>
    <#if k.procedure.isPresent()><#assign p = k.procedure.get()>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> ${p.inspected}</p>
      <p class="small"><b>Population:</b> ${p.population}</p>
      <p class="small"><b>Criterion:</b> ${p.criterion}</p>
      <p class="small"><b>Re-perform:</b> ${p.reperform}</p>
    </div>
    <#else>
    <p class="small"><b>Test procedure:</b> none is recorded for this check.</p>
    </#if>
    <#if k.controls?has_content><p class="small muted">Supports: ${k.controls?join(", ")}</p></#if>
    </div>
    <#assign shown = findings[k.id]>
    <#if shown?has_content>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th>Resource and reason</th></tr></thead>
      <tbody><#list shown as f><tr><td><span class="status s-${f.status}">${f.status}</span></td><td><span class="mono">${f.resource}</span><br/>${f.reason}</td></tr></#list></tbody>
    </table>
    <#if (k.fail + k.gap > shown?size)><p class="small muted">${k.fail + k.gap - shown?size} more in the workbook (sheet Findings).</p></#if>
    </#if>
  </div>
  </#list>
</div>

<div class="section flow" id="manual">
  <h1>Manual evidence</h1>
  <#if model.manual?has_content>
  <p>Documents the organisation supplied for controls no API can show. Each is in the pack's <span class="mono">manual/</span> folder, with its SHA-256 here; the controls cite it by its reference (M1, M2, …). An item that expired before the audit period ended counts as missing.</p>
  <table class="grid">
    <thead><tr><th style="width: 9mm">Ref.</th><th>Document, file, SHA-256 and the controls it supports</th><th style="width: 44mm">Owner, dates, outcome</th></tr></thead>
    <tbody><#list model.manual as m><tr id="doc-${model.documentRef(m.id)}"><td class="nowrap"><b>${model.documentRef(m.id)}</b></td><td>${m.title}<br/><span class="mono nowrap">${m.file}</span><br/><span class="mono muted nowrap">sha256:${m.sha256}</span><br/><span class="small">Supports: ${m.controls?join(", ")}</span></td><td><span class="nowrap">${m.owner}</span><br/><span class="nowrap">${m.date}</span><#if m.expires?has_content> to <span class="nowrap">${m.expires}</span></#if><#if m.expired><br/><b>expired</b></#if><#if m.outcome?has_content><br/>${m.outcome}</#if><#if m.reason?has_content><br/><span class="small">${m.reason}</span></#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p>No manual evidence was supplied. Controls that need it are shown as <b>Needs manual evidence</b>, each with what an auditor will ask for.</p>
  </#if>
</div>

<div class="section flow" id="exceptions">
  <h1>Exceptions</h1>
  <#if model.exceptions?has_content>
  <p>Accepted findings stay in the findings lists as ACCEPTED; controls declared not applicable stay in the control tables. An exception applies only while it has not expired on the last day of the audit period.</p>
  <table class="grid">
    <thead><tr><th style="width: 20mm">Id</th><th>Applies to, reason</th><th style="width: 34mm">Approved</th><th style="width: 22mm">Status</th></tr></thead>
    <tbody><#list model.exceptions as e><tr><td class="nowrap">${e.id}</td><td><b>${e.kind}</b>: <span class="mono">${e.target}</span><br/>${e.reason}</td><td>${e.approver}<br/><span class="nowrap">${e.approved}</span>, until <span class="nowrap">${e.expires}</span></td><td><#if e.active>active<#if e.kind == "accepted finding"><br/>${e.matched} finding(s)</#if><#else><b>expired</b> — not applied</#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p>None: no finding was accepted and no control was declared not applicable.</p>
  </#if>
</div>
