<#-- How to read the pack, and the responsibility profile: the AWS services in use and who does what for each. -->
<div class="section" id="reading">
  <h1>How to read this pack</h1>
  <p>${branding.wording.readingIntro}</p>
  <h2>Who operates a control</h2>
  <table class="grid">
    <thead><tr><th>Responsibility</th><th>Meaning</th></tr></thead>
    <tbody>
      <tr><td>inherited</td><td>AWS alone operates it (data-centre physical and environmental controls). Evidence: AWS's own attestations from AWS Artifact, whose period must cover the audit period.</td></tr>
      <tr><td>shared</td><td>AWS and you each operate it in your own layer. Both halves are shown; the control is satisfied only when both are.</td></tr>
      <tr><td>customer</td><td>You alone operate it. Evidence: configuration checks, and documents where no API can show the control.</td></tr>
    </tbody>
  </table>
  <h2>Statuses</h2>
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

