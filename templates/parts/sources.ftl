<#-- What the answers rest on: the AWS attestations, the collection errors and the evidence index. -->
<div class="section flow" id="attestations">
  <h1>AWS attestations</h1>
  <p>Reports AWS Artifact listed for the account(s). A report backs an inherited or shared control for this audit only when its period covers the whole audit period (${run.periodStart} to ${run.periodEnd}); otherwise a bridge letter from AWS is needed.</p>
  <#if model.attestations?has_content>
  <table class="grid">
    <thead><tr><th>Report</th><th style="width: 14mm">Series</th><th style="width: 10mm" class="num">Ver.</th><th style="width: 40mm">Period</th><th style="width: 22mm">Covers audit</th></tr></thead>
    <tbody><#list model.attestations as r><tr><td>${r.name}<br/><span class="mono nowrap">${r.id}</span></td><td>${r.series}</td><td class="num">${r.version}</td><td>${r.periodStart} to ${r.periodEnd}</td><td><#if r.coversPeriod>yes<#else>no — bridge letter</#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p><b>No AWS Artifact report was collected.</b> Inherited controls cannot be shown as covered.</p>
  </#if>
  <#if model.attachments?has_content>
  <h2 id="attestation-documents">Downloaded report documents</h2>
  <p><b>AWS confidential: shared with you under AWS Artifact's terms; do not redistribute beyond your auditors.</b> These documents were downloaded from AWS Artifact during collection, which accepted its terms for them, and are in the evidence locker with their SHA-256.</p>
  <table class="grid">
    <thead><tr><th>Document</th><th style="width: 16mm" class="num">Bytes</th></tr></thead>
    <tbody><#list model.attachments as a><tr><td>${a.title}<#if a.confidential> <b>(confidential)</b></#if><br/><span class="mono">${a.path}</span><br/><span class="mono muted nowrap">sha256:${a.sha256}</span></td><td class="num">${a.size}</td></tr></#list></tbody>
  </table>
  </#if>
</div>

<div class="section flow" id="errors">
  <h1>Collection errors</h1>
  <#if model.errors?has_content>
  <p>These AWS calls failed after retries. Nothing was assumed about what they would have returned: dependent checks and controls are GAP.</p>
  <table class="grid">
    <thead><tr><th style="width: 24mm">Account / region</th><th style="width: 62mm">Operation and resource</th><th style="width: 30mm">Error</th><th>Message</th></tr></thead>
    <tbody><#list model.errors as e><tr><td>${e.account}<br/>${e.region}</td><td>${e.operation}<#if e.resource??><br/><span class="mono">${e.resource}</span></#if></td><td>${e.errorCode}<br/><span class="small muted">${fmt.label(e.category)}</span></td><td>${e.message}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>None: every AWS call made for this pack succeeded.</p>
  </#if>
</div>

<div class="section flow" id="evidence">
  <h1>Evidence index</h1>
  <p>${branding.wording.evidenceIntro} <#if run.redacted>This redacted PDF carries only results.json (masked too) inside it; the raw evidence stays in the pack zip, under the real account ids.<#elseif fmt.listsFiles(model.evidence)>The raw evidence files, the locker index and results.json are attached to this PDF: open the attachments panel of a PDF reader, or run pdfdetach -list.<#else>The locker index and results.json are attached to this PDF (the attachments panel of a PDF reader, or pdfdetach -list); the ${model.evidence?size} raw evidence files, too many to carry here, are in the pack zip under evidence/.</#if></p>
  <h2 id="evidence-collectors">By collector</h2>
  <p>What each collector wrote: its files, the accounts and regions they come from, when they were collected, and the failed calls recorded inside them (each one a GAP for what depends on it).</p>
  <table class="grid">
    <thead><tr><th style="width: 40mm">Collector</th><th style="width: 10mm" class="num">Files</th><th style="width: 16mm" class="num">Accounts</th><th>Regions</th><th style="width: 36mm">Collected</th><th style="width: 14mm" class="num">Bytes</th><th style="width: 12mm" class="num">Failed calls</th></tr></thead>
    <tbody><#list fmt.groups(model.evidence) as g><#assign first = fmt.time(g.firstAt)><#assign last = fmt.time(g.lastAt)><tr id="${fmt.collectorAnchor(g.collector)}"><td><span class="mono">${g.collector}</span></td><td class="num">${g.count()}</td><td class="num">${g.accounts}</td><td>${g.regions?join(", ")}</td><td><span class="nowrap">${first}</span><#if last != first><br/><span class="nowrap">to ${last}</span></#if></td><td class="num">${g.bytes}</td><td class="num">${g.errorCount}</td></tr></#list></tbody>
  </table>
  <h2 id="evidence-files">Files</h2>
  <#if fmt.listsFiles(model.evidence)>
  <table class="grid">
    <thead><tr><th>File</th><th style="width: 30mm">Collected</th><th style="width: 16mm" class="num">Bytes</th></tr></thead>
    <tbody><#list model.evidence as e><tr id="${fmt.anchor(e.path)}"><td><span class="mono nowrap">${e.path}</span><br/><span class="mono muted nowrap">sha256:${e.sha256}</span></td><td>${fmt.time(e.collectedAt)}</td><td class="num">${e.size}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>The ${model.evidence?size} evidence files are too many to list here one by one. Each is listed with its SHA-256 and collection time in the locker index (index.json<#if !run.redacted>, attached to this PDF</#if>), in the workbook's Evidence sheet, and in SHA256SUMS in the pack zip, which auditpack verify and sha256sum -c check.</p>
  </#if>
</div>
