<#-- Operations over the period, supporting evidence: AWS Backup jobs per protected resource (resources to look at
     first) and GuardDuty findings updated in the period by severity, archived or not. GAP rows where the evidence
     could not be read. Shown only when the locker has backup.jobs or guardduty.period_findings. -->
<#if !model.operations.empty>
<#assign ops = model.operations>
<#macro controlsOf byFw><#list byFw?keys?sort as fw>${fw}: ${byFw[fw]?join(", ")}<#sep>; </#sep></#list></#macro>
<div class="section" id="operations">
  <h1>Operations over the period</h1>
  <p>What the services did during the audit period, as supporting evidence: no check is derived from it. Where a call failed, the account and region are a <b>GAP</b>: their jobs or findings are unknown, not absent.</p>
  <#if ops.backupControls?has_content>
  <h2>AWS Backup jobs per resource</h2>
  <p class="small">Supports <@controlsOf ops.backupControls/>. Jobs created in the period, by state; <#if (ops.flaggedResources() > 0)><b>${ops.flaggedResources()} resource(s) had no completed job in the period or a last job that did not complete</b> (listed first).<#else>every resource with jobs had a completed one, and its last job completed.</#if></p>
  <table class="grid">
    <thead><tr><th>Resource</th><th style="width: 14mm" class="num">Completed</th><th style="width: 12mm" class="num">Failed</th><th style="width: 12mm" class="num">Expired</th><th style="width: 12mm" class="num">Other</th><th style="width: 40mm">Last job</th></tr></thead>
    <tbody><#list ops.backups as b><tr><td class="small">${b.resourceArn}<br/><span class="muted">${b.account} ${b.region} ${b.resourceType}</span><#if b.flag??><br/><b>${b.flag}</b></#if></td><td class="num">${b.completed}</td><td class="num">${b.failed}</td><td class="num">${b.expired}</td><td class="num">${b.other}</td><td class="small">${b.lastState}<br/>${b.lastJob}</td></tr><#else><tr><td colspan="6">No backup job was created in the period.</td></tr></#list>
    <#list ops.gaps as g><#if g.collector == "backup.jobs"><tr><td colspan="6">${g.account} ${g.region}: <b>GAP</b>: ${g.reason}</td></tr></#if></#list></tbody>
  </table>
  </#if>
  <#if ops.findingControls?has_content>
  <h2>GuardDuty findings in the period</h2>
  <p class="small">Supports <@controlsOf ops.findingControls/>. Findings raised or updated in the period, highest severity first; ${ops.findings?size} finding(s), ${ops.openFindings()} not archived.</p>
  <table class="grid">
    <thead><tr><th style="width: 18mm">Severity</th><th>Type and resource</th><th style="width: 16mm">Archived</th><th style="width: 36mm">Created / updated</th></tr></thead>
    <tbody><#list ops.findings as f><tr><td>${f.severity?string("0.0")} ${f.level}</td><td class="small">${f.type}<br/><span class="muted">${f.account} ${f.region} ${f.resource} (seen ${f.count}×)</span></td><td>${f.archived?string("yes", "no")}</td><td class="small">${f.createdAt}<br/>${f.updatedAt}</td></tr><#else><tr><td colspan="4">No finding was raised or updated in the period.</td></tr></#list>
    <#list ops.gaps as g><#if g.collector == "guardduty.period_findings"><tr><td colspan="4">${g.account} ${g.region}: <b>GAP</b>: ${g.reason}</td></tr></#if></#list></tbody>
  </table>
  </#if>
</div>
</#if>
