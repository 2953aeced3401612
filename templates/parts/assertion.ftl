<#-- The management assertion (--assertion): management's statement about the system over the audit period, on a page
     of its own after the cover. It is inside the PDF, so the pack's signature covers it; management signs it off with
     auditpack review --as management, which names this PDF by its SHA-256. -->
<#if model.assertion.isPresent()><#assign a = model.assertion.get()>
<div class="section" id="assertion">
  <h1>Management assertion</h1>
  <p class="small muted">${a.organisation}: ${a.system}, for the period ${a.periodStart} to ${a.periodEnd}. From the assertion file ${a.source}.</p>
  <#list a.statement as paragraph><p>${paragraph}</p></#list>
  <#if a.accounts?has_content || a.regions?has_content || a.controls?has_content>
  <table class="grid">
    <tbody>
      <#if a.accounts?has_content><tr><td style="width: 45mm">Accounts it covers</td><td>${a.accounts?join(", ")}</td></tr></#if>
      <#if a.regions?has_content><tr><td style="width: 45mm">Regions it covers</td><td>${a.regions?join(", ")}</td></tr></#if>
      <#if a.controls?has_content><tr><td style="width: 45mm">Controls it names</td><td>${a.controls?join(", ")}</td></tr></#if>
    </tbody>
  </table>
  </#if>
  <table class="grid">
    <tbody>
      <tr><td style="width: 45mm">For management</td><td>${a.signatoryName}, ${a.signatoryTitle}</td></tr>
      <tr><td style="width: 45mm">Date</td><td>${a.date}</td></tr>
      <tr><td style="width: 45mm">Signature</td><td>Not signed in this PDF. Management signs this assertion with auditpack review --as management, which adds a signed record naming this PDF by its SHA-256 to evidence-pack.zip (reviews/); auditpack verify evidence-pack.zip lists it.</td></tr>
    </tbody>
  </table>
</div>
</#if>
