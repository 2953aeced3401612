<#-- The contents page: every section of the outline with the page it starts on (target-counter in report.css). -->
<div class="section" id="contents">
  <h1>Contents</h1>
  <table class="toc">
    <#list outline as s>
    <tr class="toc-1"><td><a href="#${s.id}">${s.title}</a></td><td class="pn"><a class="page" href="#${s.id}" title="Page of ${s.title}"></a></td></tr>
    <#list s.children![] as c>
    <tr class="toc-2"><td><a href="#${c.id}">${c.title}</a></td><td class="pn"><a class="page" href="#${c.id}" title="Page of ${c.title}"></a></td></tr>
    </#list>
    </#list>
  </table>
</div>
