<#-- The cover: logo, title, organisation and the facts of the run. -->
<div class="cover" id="cover">
  <#if branding.logo?has_content><div class="logo"><img src="${branding.logo}" alt="Logo of ${run.organisation}"/></div></#if>
  <div class="brand">${branding.wording.coverCaption}</div>
  <div class="title">${branding.title}</div>
  <div class="subtitle">${branding.wording.coverSubtitle}</div>
  <div class="org">${run.organisation}</div>
  <table class="facts">
    <tr><td class="k">Audit period</td><td>${run.periodLabel}: ${run.periodStart} to ${run.periodEnd}</td></tr>
    <#assign listed = 12>
    <tr><td class="k">AWS accounts</td><td>${run.accounts[0..*listed]?join(", ")}<#if (run.accounts?size > listed)> and ${run.accounts?size - listed} more (${run.accounts?size} in all; see the evidence index)</#if></td></tr>
    <tr><td class="k">Regions</td><td>${run.regions[0..*listed]?join(", ")}<#if (run.regions?size > listed)> and ${run.regions?size - listed} more (${run.regions?size} in all)</#if></td></tr>
    <tr><td class="k">Evidence collected</td><td>${fmt.time(run.collectedFrom)} to ${fmt.time(run.collectedTo)}</td></tr>
    <tr><td class="k">What the evidence is</td><td>${run.pointInTime.statement}<br/><b>${run.pointInTime.timing}</b></td></tr>
    <tr><td class="k">Collected as</td><td class="mono">${run.callerArn}</td></tr>
    <tr><td class="k">Pack generated</td><td>${fmt.time(run.generatedAt)}</td></tr>
    <#if branding.preparedBy?has_content><tr><td class="k">Prepared by</td><td>${branding.preparedBy}</td></tr></#if>
    <tr><td class="k">Review</td><td>See the sign-off sheets in reviews/ of the zip; none when this PDF was made</td></tr>
    <tr><td class="k">Tool</td><td>auditpack ${run.toolVersion} (evidence collected with ${run.collectedWith})</td></tr>
    <tr><td class="k">Collection run</td><td class="mono">${run.runId}</td></tr>
  </table>
  <#if run.redacted><div class="note">Redacted for tickets: AWS account ids are replaced by pseudonyms (acct-1, acct-2, …), IP addresses by private-ip-N or public-ip-N (prefix lengths, 0.0.0.0/0 and ::/0 kept), IAM user names by user-N, role session names by session-N, e-mail addresses by email-N@redacted.invalid and people's names by person-N, the same in this PDF, the workbook, results.json and the ticket summary. SHA-256 hashes are unchanged. No evidence is attached to this PDF; the full pack (evidence-pack.zip, for auditors only) keeps the originals.</div></#if>
  <#if branding.confidentiality?has_content><div class="marking">${branding.confidentiality}</div></#if>
</div>
