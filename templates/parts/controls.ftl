<#-- One section per framework (control table, then every control in detail), then each Statement of Applicability. -->
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
  <#list fw.controls as c>
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
    <p class="mono"><#list c.evidence as e><a href="#${fmt.anchor(e.path)}">${e.path}</a><#sep>, </#sep></#list></p>
    </#if>
    <#if c.documents?has_content>
    <div class="label">Manual evidence provided</div>
    <#list c.documents as d><p class="small">${d.title} — <span class="mono">${d.file}</span>, <span class="nowrap">${d.owner}</span>, ${d.date}<#if d.expires?has_content>, expires ${d.expires}</#if><#if d.expired> <b>(expired: counts as missing)</b></#if><br/><span class="mono">sha256:${d.sha256}</span></p></#list>
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
