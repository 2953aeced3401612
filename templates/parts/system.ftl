<#-- The scope and system description: the organisation's scope file (organisation, system, boundary, accounts,
     regions and services in scope, exclusions) beside what the evidence shows, and where the two disagree. Without
     a scope file the pack's scope is only what was collected. -->
<#assign sys = model.system>
<div class="section" id="system">
  <h1>Scope and system description</h1>
  <#if sys.declared>
  <p class="small muted">From the scope file ${sys.source}<#if sys.approvedBy?has_content>, approved by ${sys.approvedBy}</#if><#if sys.approved?has_content> on ${sys.approved}</#if>.</p>
  <table class="grid">
    <tbody>
      <#if sys.organisation?has_content><tr><td style="width: 45mm">Organisation</td><td>${sys.organisation}</td></tr></#if>
      <#if sys.name?has_content><tr><td style="width: 45mm">System</td><td>${sys.name}</td></tr></#if>
      <#if sys.description?has_content><tr><td style="width: 45mm">Description</td><td>${sys.description}</td></tr></#if>
      <#if sys.boundary?has_content><tr><td style="width: 45mm">Boundary</td><td>${sys.boundary}</td></tr></#if>
    </tbody>
  </table>
  <#else>
  <p><b>No scope file was given: the scope of this pack is only what was collected</b>, listed below. An organisation
  states its ISMS scope or SOC 2 system boundary with --scope (see docs/scope-and-owners.md).</p>
  </#if>
  <h2 id="system-coverage">Declared scope and evidence</h2>
  <table class="grid">
    <thead><tr><th style="width: 40mm">Item</th><#if sys.declared><th>In scope (scope file)</th></#if><th>The evidence shows</th></tr></thead>
    <tbody>
      <tr><td>Accounts</td><#if sys.declared><td><#list sys.accounts as a>${a.id}<#if a.name?has_content> (${a.name})</#if><#if !a.evidenced> <span class="status s-GAP">no evidence</span></#if><#sep><br/></#sep><#else>not stated</#list></td></#if><td>${sys.evidenced.accounts?join(", ")}</td></tr>
      <tr><td>Regions</td><#if sys.declared><td><#if sys.regions?has_content>${sys.regions?join(", ")}<#else>not stated</#if></td></#if><td>${sys.evidenced.regions?join(", ")}</td></tr>
      <tr><td>Enabled regions not collected</td><#if sys.declared><td></td></#if><td>${sys.evidenced.enabledNotCollected}</td></tr>
      <tr><td>AWS services</td><#if sys.declared><td><#if sys.services?has_content>${sys.services?join(", ")}<#else>not stated</#if></td></#if><td><#if sys.evidenced.services?has_content>${sys.evidenced.services?join(", ")}<#else>none found</#if></td></tr>
    </tbody>
  </table>
  <#if sys.warnings?has_content>
  <h3>Where the evidence and the declared scope differ</h3>
  <ul><#list sys.warnings as w><li><#if w?starts_with("GAP")><b>${w}</b><#else>${w}</#if></li></#list></ul>
  </#if>
  <#if sys.declared>
  <h2 id="system-exclusions">Exclusions</h2>
  <#if sys.exclusions?has_content>
  <table class="grid">
    <thead><tr><th>Excluded</th><th>Reason</th></tr></thead>
    <tbody><#list sys.exclusions as e><tr><td>${e.what}</td><td>${e.reason}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>The scope file states no exclusions.</p>
  </#if>
  </#if>
</div>
