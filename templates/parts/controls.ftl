<#-- One section per framework: the control table, then every control in detail, then in one table the controls only
     documents can answer (c.layout() == "documents") and in another those out of scope; then each Statement of
     Applicability. A control's anchor (c-framework-id) is on its block or its row, wherever it is. -->
<#-- A manual evidence document as a control cites it: its reference in the manual evidence table, its title, and whether it expired. -->
<#-- A control's owner in a table cell: name and role, e-mail, and how the owner was found, a line each. -->
<#macro ownerLines c><#if c.owner.isPresent()><#assign o = c.owner.get()>${o.name}<#if o.role?has_content> (${o.role})</#if><#if o.email?has_content><br/><span class="small nowrap">${o.email}</span></#if><br/><span class="small muted">by ${o.basis}</span><br/></#if></#macro>
<#macro docCite d><#assign ref = model.documentRef(d.id)><#if ref?has_content><a class="nowrap" href="#doc-${ref}">${ref}</a> </#if>${d.title}<#if d.expired> <b>(expired: counts as missing)</b></#if></#macro>

<#list model.frameworks as fw>
<div class="section" id="fw-${fw.id}">
  <h1>${fw.title}</h1>
  <p class="muted">${fw.total} ${fw.itemsName()}<#if (fw.outOfScope > 0)> (${fw.outOfScope} out of scope, listed under Audit scope)</#if><#if fw.version?has_content>, edition ${fw.version}</#if>. Titles are auditpack's own short summaries, not the standard's text.</p>
  <h2 id="fw-${fw.id}-table">${fw.itemName?cap_first} table</h2>
  <table class="grid">
    <thead><tr><th style="width: 15mm">${fw.itemName?cap_first}</th><th>Title</th><th style="width: 18mm">Responsibility</th><th style="width: 36mm">Status</th></tr></thead>
    <tbody>
    <#list fw.controls as c>
      <tr><td class="nowrap"><a href="#c-${fw.id}-${c.id}">${c.id}</a></td><td>${c.title}</td><td>${c.responsibility}</td><td><span class="status s-${c.status}">${fmt.label(c.status)}</span></td></tr>
    </#list>
    </tbody>
  </table>
  <h2 id="fw-${fw.id}-details">${fw.itemName?cap_first} details</h2>
  <#list fw.controls?filter(c -> c.layout() == "full") as c>
  <div class="control" id="c-${fw.id}-${c.id}">
    <div class="keep">
    <div class="head">${c.id} ${c.title} <span class="status s-${c.status}">${fmt.label(c.status)}</span><#if c.grade.isPresent()> <span class="status g-${c.grade.get().grade}">${c.grade.get().label}</span></#if></div>
    <div class="small muted">${c.theme} · ${c.responsibility}<#if c.snapshotAt.isPresent()> · checks judged a point-in-time snapshot taken ${run.pointInTime.asOf}</#if></div>
    <#if c.owner.isPresent()><#assign o = c.owner.get()><div class="small"><b>Owner:</b> ${o.name}<#if o.role?has_content> (${o.role})</#if><#if o.email?has_content>, <span class="nowrap">${o.email}</span></#if> <span class="muted">(by ${o.basis})</span></div></#if>
    <p>${c.reason}</p>
    </div>
    <#if c.grade.isPresent()><#assign g = c.grade.get()><p class="small"><b>Grade:</b> ${g.label}<#if g.severity?has_content>, highest severity ${g.severity}</#if>. ${g.basis} ${g.exceptions} of ${g.population} tested resource(s) fail<#if (g.accepted > 0)>; ${g.accepted} more accepted under exceptions</#if>.</p></#if>
    <#if c.scope.outOfScope><p class="small"><b>Out of scope</b>: not examined in this audit and not counted as open work.</p></#if>
    <#if c.scope.designOnly><p class="small"><b>Design only</b>: evidence of operation over the period is missing.</p></#if>
    <table class="halves"><tr>
      <#if c.awsPart?has_content>
      <td>
        <div class="label">AWS's part<#if c.awsStatus?has_content> · <span class="status s-${c.awsStatus}">${fmt.label(c.awsStatus)}</span></#if></div>
        <p>${c.awsPart}</p>
        <#list c.reports as r><p class="small">${r.name} v${r.version}, ${r.periodStart} to ${r.periodEnd}<#if r.coversPeriod> (covers the audit period)<#else> (does not cover the audit period)</#if></p></#list>
        <#if c.scope.bridgeLetter?has_content><p class="small">Bridge letter: ${c.scope.bridgeLetter}</p></#if>
        <#if c.scope.uncoveredServices?has_content><p class="small">Not in the attestation's scope: ${c.scope.uncoveredServices?join(", ")}</p></#if>
      </td>
      </#if>
      <#if c.customerPart?has_content>
      <td>
        <div class="label">Your part<#if c.customerStatus?has_content> · <span class="status s-${c.customerStatus}">${fmt.label(c.customerStatus)}</span></#if></div>
        <p>${c.customerPart}</p>
        <#list c.checks as k><p class="small"><span class="status s-${k.status}">${k.status}</span> <a href="#k-${k.id}">${k.id}</a><#if k.strength?has_content> (${k.strength}: ${k.rationale})</#if> — ${k.pass} pass, ${k.fail} fail, ${k.gap} gap, ${k.notApplicable} n/a<#if (k.accepted > 0)>, ${k.accepted} accepted</#if>; test procedure p. <a class="page" href="#k-${k.id}" title="Page of the test procedure of ${k.id}"></a></p></#list>
      </td>
      </#if>
    </tr></table>
    <#if c.failing?has_content>
    <div class="label">Failing resources (${c.failingTotal}<#if (c.failingTotal > c.failing?size)>; first ${c.failing?size} shown, all in the workbook</#if>)</div>
    <#list c.failing as f><p class="small">${f.severity} <span class="mono">${f.resource}</span> — ${f.reason}</p></#list>
    </#if>
    <#if c.evidence?has_content>
    <div class="label">Evidence <span class="muted">(hashes in the evidence index)</span></div>
    <#list fmt.groups(c.evidence) as g><p class="small"><a class="mono" href="#${fmt.collectorAnchor(g.collector)}">${g.collector}</a>: <#if fmt.namesPaths(g, model.evidence)><span class="mono"><#list g.files as e><a href="#${fmt.anchor(e.path)}">${e.path}</a><#sep>, </#sep></#list></span><#else>${fmt.spread(g)}</#if></p></#list>
    </#if>
    <#if c.documents?has_content>
    <div class="label">Manual evidence provided <span class="muted">(file, owner, dates and hash in the manual evidence table)</span></div>
    <#list c.documents as d><p class="small"><@docCite d/></p></#list>
    </#if>
    <#if c.exception?has_content>
    <div class="label">Exception</div>
    <p class="small">${c.exception}</p>
    </#if>
    <div class="label">Manual evidence an auditor will ask for</div>
    <p class="small">${c.manual}</p>
  </div>
  </#list>
  <#assign documentsOnly = fw.controls?filter(c -> c.layout() == "documents")>
  <#if documentsOnly?has_content>
  <h2 id="fw-${fw.id}-documents">${fw.itemsName()?cap_first} only documents can answer</h2>
  <p>No automated check, AWS attestation or evidence file bears on these ${fw.itemsName()}: the organisation answers each with documents, listed in the manual evidence table.</p>
  <table class="grid compact">
    <thead><tr><th style="width: 13mm">${fw.itemName?cap_first}</th><th>Title, what you do</th><th>Evidence an auditor will ask for</th><th style="width: 47mm">Owner, status</th></tr></thead>
    <tbody><#list documentsOnly as c><tr id="c-${fw.id}-${c.id}"><td class="nowrap"><b>${c.id}</b></td><td><b>${c.title}</b> <span class="small muted">${c.theme} · ${c.responsibility}</span><#if c.customerPart?has_content><br/><span class="small">${c.customerPart}</span></#if></td><td>${c.manual}<#list c.documents as d><div class="small">Provided: <@docCite d/></div></#list></td><td><@ownerLines c/><span class="status s-${c.status}">${fmt.label(c.status)}</span></td></tr></#list></tbody>
  </table>
  </#if>
  <#assign notExamined = fw.controls?filter(c -> c.layout() == "outOfScope")>
  <#if notExamined?has_content>
  <h2 id="fw-${fw.id}-out">${fw.itemsName()?cap_first} out of scope</h2>
  <p>Not examined in this audit and not counted as open work. Checks that judge their resources still report them under Checks and findings.</p>
  <table class="grid compact">
    <thead><tr><th style="width: 13mm">${fw.itemName?cap_first}</th><th style="width: 58mm">Title</th><th>Why out of scope</th><th style="width: 47mm">Owner, status</th></tr></thead>
    <tbody><#list notExamined as c><tr id="c-${fw.id}-${c.id}"><td class="nowrap"><b>${c.id}</b></td><td><b>${c.title}</b><br/><span class="small muted">${c.theme} · ${c.responsibility}</span></td><td>${c.reason}</td><td><@ownerLines c/><span class="status s-${c.status}">${fmt.label(c.status)}</span></td></tr></#list></tbody>
  </table>
  </#if>
</div>
</#list>

<#list model.frameworks as fw><#if fw.soa?has_content>
<div class="section" id="soa-${fw.id}">
  <h1>Statement of Applicability — ${fw.title}</h1>
  <p class="soa-approval"><strong>${fw.soaHeader.approval.statement}</strong></p>
  <p>Every control, whether it applies, why, whether it is implemented, and the risks and requirements it serves (ISO/IEC 27001 clause 6.1.3 d). Each justification is built from the risk register, the legal and contractual requirements, the AWS services in use and the control's purpose, or is the organisation's own (overrides file); exclusions come from the exceptions file. Implemented: yes, partly, no or planned, from the control's status in this pack.</p>
  <#assign reg = fw.soaHeader>
  <#if reg.risks?has_content || reg.requirements?has_content>
  <h2>Risks and requirements the justifications cite</h2>
  <table class="grid">
    <thead><tr><th style="width: 18mm">Id</th><th>Risk or requirement</th><th style="width: 20mm">Treatment</th><th style="width: 45mm">Controls</th></tr></thead>
    <tbody><#list reg.risks as k><tr><td>${k.id}</td><td>${k.title}<#if k.owner?has_content><br/><span class="small muted">owner: ${k.owner}</span></#if></td><td>${k.treatment}</td><td>${k.controls?join(", ")}<#if k.planned?has_content><br/><span class="small muted">planned: ${k.planned?join(", ")}<#if k.due?has_content>, due ${k.due}</#if></span></#if></td></tr></#list>
    <#list reg.requirements as q><tr><td>${q.id}</td><td>${q.title}</td><td>requirement</td><td>${q.controls?join(", ")}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>No risk register was given (--risks FILE), so no control is linked to a risk or a requirement.</p>
  </#if>
  <h2>Controls</h2>
  <table class="grid">
    <thead><tr><th style="width: 28mm">Control</th><th style="width: 11mm">Applies</th><th>Justification</th><th style="width: 14mm">Risks</th><th style="width: 33mm">Implemented · status</th></tr></thead>
    <tbody><#list fw.soa as r><tr><td><span class="nowrap">${r.id}</span><br/><span class="small">${r.title}</span></td><td><#if r.applicable>yes<#else>no</#if></td><td>${r.justification}<br/><span class="small muted">${r.responsibility} · ${r.evidence}<#if r.requirements?has_content> · requirements: ${r.requirements?join(", ")}</#if></span></td><td><#if r.risks?has_content>${r.risks?join(", ")}<#else>—</#if></td><td><#if r.applicable>${r.implemented}<#else>—</#if><br/><span class="status s-${r.status}">${fmt.label(r.status)}</span></td></tr></#list></tbody>
  </table>
</div>
</#if></#list>
