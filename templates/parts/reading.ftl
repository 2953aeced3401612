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
  <h2>Grades of controls not satisfied</h2>
  <p>Every failing resource carries its check's severity. A control that is not satisfied is graded from its findings; the status stays, the grade is added. <#list model.frameworks as fw>${fw.shortName} ${fw.itemsName()} <#if fw.grading == "nonconformities">are graded as nonconformities<#else>state their exceptions out of the tested population (the resources their checks judged), e.g. "Exceptions: 2 of 14"</#if><#sep>; </#list>. All are ordered by the same rule.</p>
  <table class="grid">
    <thead><tr><th style="width: 44mm">Grade</th><th>When</th></tr></thead>
    <tbody>
      <tr><td><span class="status g-MAJOR_NONCONFORMITY">Major nonconformity</span></td><td>A CRITICAL or HIGH finding; or a systematic failure: a MEDIUM check failing on at least two resources and on more than half of those it judged; or documents showing the control is not operating.</td></tr>
      <tr><td><span class="status g-MINOR_NONCONFORMITY">Minor nonconformity</span></td><td>MEDIUM findings that are isolated lapses.</td></tr>
      <tr><td><span class="status g-OPPORTUNITY_FOR_IMPROVEMENT">Opportunity for improvement</span></td><td>LOW findings only, however many.</td></tr>
    </tbody>
  </table>
  <div class="note">${run.pointInTime.statement} A snapshot is evidence of how controls were configured at that time (the design<#if model.scope.soc2Categories?has_content>, as a SOC 2 Type I examination looks at it</#if>); it is not evidence of how they operated over the period.</div>
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

