<#-- Other scanners' findings (report --import, and the locker's securityhub.findings), as supporting evidence: the
     sources with their SHA-256, per control the line "Imported from <tool> <version>, <date>", the imported failures
     an auditor should weigh, and the scanner ids the map does not know. Nothing here changes a status. -->
<#if !model.imports.empty>
<#assign imp = model.imports>
<#assign shown = 200>
<div class="section flow" id="imports">
  <h1>Imported scanner findings</h1>
  <p>Findings of other scanners, placed on controls through auditpack's scanner map (frameworks/imports/scanner-map.yaml). They are <b>supporting evidence</b>: they never turn a gap or a control that needs manual evidence into a pass, and never change a status computed from auditpack's own evidence. A failure an imported scanner reports is not one of auditpack's findings; it is listed below as an <b>imported exception</b> for the auditor to weigh. ${imp.findings?size} finding(s): ${imp.mappedCount()} mapped to controls, ${imp.unmappedCount()} not mapped (listed below), ${imp.exceptionCount()} imported exception(s).</p>
  <h2>Sources</h2>
  <table class="grid">
    <thead><tr><th>File</th><th style="width: 34mm">Tool</th><th style="width: 30mm">Time</th><th style="width: 26mm" class="num">Pass / fail / other</th></tr></thead>
    <tbody><#list imp.sources as s><tr><td class="small">${s.name}<br/><span class="muted">${s.origin}, ${s.format}, in the pack as </span><span class="mono">${s.path}</span><br/><span class="mono muted nowrap">sha256:${s.sha256}</span><#if s.note?has_content><br/><b>${s.note}</b></#if></td><td class="small">${s.tools?join(", ")}</td><td class="small">${s.from}<#if s.to != s.from><br/>${s.to}</#if></td><td class="num">${s.pass} / ${s.fail} / ${s.other}<br/><span class="muted">${s.mapped} mapped</span></td></tr></#list></tbody>
  </table>
  <h2>By control</h2>
  <p class="small">The status is the control's own, from auditpack's evidence; the import did not change it.</p>
  <table class="grid">
    <thead><tr><th style="width: 34mm">Control</th><th style="width: 28mm">Status</th><th>What the scanner says</th></tr></thead>
    <tbody><#list imp.controls as c><tr><td class="small">${c.framework} <span class="nowrap">${c.control}</span><br/><span class="muted">${c.title}</span></td><td class="small">${fmt.label(c.status)}</td><td class="small">${c.line}</td></tr><#else><tr><td colspan="3">No imported finding maps to a control of these frameworks.</td></tr></#list></tbody>
  </table>
  <h2>Imported exceptions</h2>
  <#assign failures = imp.findings?filter(r -> r.outcome == "FAIL" && r.controls?has_content)>
  <p class="small">Failures the imported scanners report on mapped controls<#if (failures?size > shown)>; the first ${shown} of ${failures?size} (the workbook's sheet "Imported findings" has all)</#if>. They are the scanner's word, not auditpack's: weigh them against the control's own evidence.</p>
  <table class="grid">
    <thead><tr><th style="width: 40mm">Scanner id</th><th>Resource</th><th style="width: 40mm">Controls</th></tr></thead>
    <tbody><#list failures as r><#if (r?index >= shown)><#break></#if><tr><td class="small">${r.scannerId}<br/><span class="muted">${r.tool} ${r.toolVersion}, ${r.time}</span></td><td class="small">${r.resource}<br/><span class="muted">${r.account} ${r.region}: ${r.title}</span></td><td class="small">${r.controls?join(", ")}</td></tr><#else><tr><td colspan="3">No imported failure on a mapped control.</td></tr></#list></tbody>
  </table>
  <h2>Not mapped</h2>
  <p class="small">Scanner ids the map does not place on any control: counted here, not dropped.</p>
  <table class="grid">
    <thead><tr><th style="width: 50mm">Scanner id</th><th>Title</th><th style="width: 24mm" class="num">Findings (fail)</th></tr></thead>
    <tbody><#list imp.unmapped as u><#if (u?index >= shown)><#break></#if><tr><td class="small">${u.scannerId}<br/><span class="muted">${u.tool}, ${u.source}</span></td><td class="small">${u.title}</td><td class="num">${u.findings} (${u.fail})</td></tr><#else><tr><td colspan="3">Every imported finding is mapped.</td></tr></#list></tbody>
  </table>
  <#if (imp.unmapped?size > shown)><p class="small">${imp.unmapped?size - shown} more scanner id(s) are not mapped; the workbook lists every finding.</p></#if>
</div>
</#if>
