<#-- auditpack evidence pack. Rendered to XHTML, then to PDF/A-3a (tagged, PDF/UA-1). Data: model (the report model),
     branding (title, logo, marking and wording; also model.branding), fmt (formatting), statuses (control statuses in
     display order), grades (grades of controls not satisfied, major first), severities (check severities, CRITICAL
     first), findings (first failing resources per check). The parts are included from parts/: copy and edit
     only the ones you need; the others come from the built-in set. Keep headings in order (h1, h2, h3, no level
     skipped) and give images an alt text, or the PDF is no longer PDF/UA. -->
<#assign run = model.run>
<#include "parts/outline.ftl">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <title>${branding.title}: ${run.organisation}, ${run.periodLabel}</title>
  <meta name="author" content="${run.organisation}"/>
  <meta name="subject" content="<#list model.frameworks as f>${f.title}<#sep><#if f?index == model.frameworks?size - 2> and <#else>, </#if></#sep></#list> evidence for ${run.periodLabel}"/>
  <meta name="keywords" content="audit evidence, AWS<#list model.frameworks as f>, ${f.shortName}</#list>"/>
  <meta name="creator" content="auditpack ${run.toolVersion}"/>
  <style><#include "report.css"></style>
  <bookmarks>
    <bookmark name="Cover" href="#cover"/>
    <bookmark name="Contents" href="#contents"/>
    <#list outline as s>
    <bookmark name="${s.title}" href="#${s.id}"><#list s.children![] as c>
      <bookmark name="${c.title}" href="#${c.id}"><#list c.controls![] as k>
        <bookmark name="${k.id} ${k.title}" href="#${c.anchor}${k.id}"/></#list>
      </bookmark></#list>
    </bookmark>
    </#list>
  </bookmarks>
</head>
<body>
<#include "parts/cover.ftl">
<#include "parts/assertion.ftl">
<div id="header">${run.organisation} · ${branding.title}<#if run.redacted> (redacted)</#if> · ${run.periodLabel} (${run.periodStart} to ${run.periodEnd})</div>
<div id="footer">${branding.confidentiality}</div>
<#include "parts/contents.ftl">
<#include "parts/summary.ftl">
<#include "parts/system.ftl">
<#include "parts/reading.ftl">
<#include "parts/scope.ftl">
<#include "parts/period.ftl">
<#include "parts/controls.ftl">
<#include "parts/populations.ftl">
<#include "parts/operations.ftl">
<#include "parts/comparison.ftl">
<#include "parts/imports.ftl">
<#include "parts/findings.ftl">
<#include "parts/sources.ftl">
</body>
</html>
