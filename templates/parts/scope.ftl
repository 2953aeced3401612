<#-- The audit's scope: SOC 2 type and categories, premises, what is out of scope, the complementary user entity
     controls AWS expects of its customers, and which AWS services each attestation covers. -->
<#assign scope = model.scope>
<div class="section flow" id="scope">
  <h1>Audit scope</h1>
  <table class="grid">
    <tbody>
      <#if scope.soc2Categories?has_content>
      <tr><td style="width: 45mm">SOC 2 examination</td><td>Type ${scope.soc2Type}<#if scope.soc2Type == 2>: operation over the period ${run.periodStart} to ${run.periodEnd}. Criteria about operation over time are never satisfied by this pack's snapshot alone; they show the design at the time of the snapshot, and evidence over the period is marked as missing.<#else>: the design of the criteria at a point in time.</#if></td></tr>
      <tr><td>SOC 2 categories examined</td><td>${scope.soc2Categories?join(", ")}</td></tr>
      </#if>
      <tr><td style="width: 45mm">Premises</td><td>${scope.premisesNote}</td></tr>
    </tbody>
  </table>
  <h2 id="scope-out">Out of scope</h2>
  <#assign anyOut = false>
  <#list model.frameworks as fw><#if (fw.outOfScope > 0)><#assign anyOut = true>
  <p>${fw.shortName}: ${fw.outOfScope} ${fw.itemsName()} outside the categories examined. They are not examined in this audit and are not open work.</p>
  <table class="grid">
    <thead><tr><th style="width: 16mm">${fw.itemName?cap_first}</th><th>Title</th><th style="width: 40mm">Category</th></tr></thead>
    <tbody><#list fw.controls as c><#if c.scope.outOfScope><tr><td>${c.id}</td><td>${c.title}</td><td>${c.theme}</td></tr></#if></#list></tbody>
  </table>
  </#if></#list>
  <#if !anyOut><p>Nothing: every control and criterion of every framework is in scope.</p></#if>
  <h2 id="scope-cuecs">Complementary user entity controls</h2>
  <p>What AWS's SOC 2 report assumes its customers do, so that AWS's controls achieve their aims. Source: ${scope.cuecSource}. Each one's status is the weakest status of its controls in scope (a failing check makes it not satisfied).</p>
  <#if scope.cuecs?has_content>
  <table class="grid">
    <thead><tr><th style="width: 17mm">Ref.</th><th>Responsibility and evidence</th><th style="width: 34mm">Status</th></tr></thead>
    <tbody><#list scope.cuecs as u><tr><td>${u.id}</td><td>${u.text}<br/><span class="small muted">Controls: ${u.controls?join("; ")}</span><#if u.checks?has_content><br/><span class="small muted">Checks: ${u.checks?join("; ")}</span></#if></td><td><span class="status s-${u.status}">${fmt.label(u.status)}</span></td></tr></#list></tbody>
  </table>
  <#else>
  <p>No list of complementary user entity controls was given.</p>
  </#if>
  <h2 id="scope-services">AWS services and attestation scope</h2>
  <p>The AWS services the evidence shows in use, and any AWS attestation whose published scope does not list them: for those services AWS's part is not covered by that attestation. Source: ${scope.servicesSource}.</p>
  <#if scope.services?has_content>
  <table class="grid">
    <thead><tr><th style="width: 50mm">Service in use</th><th>Not in the scope of</th></tr></thead>
    <tbody><#list scope.services as s><tr><td>${s.name}</td><td><#if s.notCoveredBy?has_content><b>${s.notCoveredBy?join(", ")}</b><#else>none: every attestation lists it</#if></td></tr></#list></tbody>
  </table>
  <#else>
  <p>The evidence shows no AWS service in use.</p>
  </#if>
</div>
