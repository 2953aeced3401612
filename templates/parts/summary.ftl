<#-- The executive summary: what was collected and when (a point-in-time snapshot), the graded findings (controls
     not satisfied by grade, then by the highest severity of their findings), controls by status as a stacked bar
     per framework with its legend, then the gaps. -->
<#-- At most this many failing checks per row, and rows per list (fewer not-satisfied rows when gaps are listed too, fewest with several gaps),
     so that the summary stays on one page. -->
<#assign shownChecks = 1>
<#assign shownGaps = 2>
<div class="section summary" id="summary">
  <h1>Summary</h1>
  <p>${branding.wording.summaryIntro}</p>
  <#-- Every sentence here follows from the counts: no call failed, or how many did; gaps from missing evidence are named as such. -->
  <#assign gaps = model.gaps()>
  <p>${model.evidence?size} evidence file<#if model.evidence?size != 1>s</#if> from ${run.accounts?size} account(s) and ${run.regions?size} region(s).
  <#if model.errors?has_content><b>${model.errors?size} AWS call<#if model.errors?size != 1>s</#if> failed</b> after retries (see Collection errors): the checks that needed what they would have returned are Gap, never Pass<#if gaps?has_content>, and ${gaps?size} control<#if gaps?size != 1>s are gaps<#else> is a gap</#if> (see Gaps below)<#else>; no control is a gap</#if>.<#else>No AWS call failed<#if gaps?has_content>, but ${gaps?size} control<#if gaps?size != 1>s are gaps<#else> is a gap</#if>: evidence <#if gaps?size != 1>they depend<#else>it depends</#if> on is missing or stale (see Gaps below)</#if>.</#if>
  <#if run.redacted>This redacted PDF carries only results.json (masked too) inside it; the raw evidence stays in the pack zip, under the real account ids.<#elseif fmt.listsFiles(model.evidence)>The raw evidence files, the locker index and results.json are attached to this PDF: open the attachments panel of a PDF reader, or run pdfdetach -list.<#else>The locker index and results.json are attached to this PDF (the attachments panel of a PDF reader, or pdfdetach -list); the ${model.evidence?size} raw evidence files, too many to carry here, are in the pack zip under evidence/.</#if></p>
  <div class="note"><b>${run.pointInTime.brief}</b></div>

  <h2>Graded findings</h2>
  <#assign failing = model.notSatisfied()>
  <table class="grid legend">
    <thead><tr><th style="width: 22mm">Framework</th><th>Controls not satisfied, by grade</th></tr></thead>
    <tbody>
    <#list model.frameworks as fw><#assign graded = fw.controls?filter(c -> c.grade.isPresent())>
      <tr><td>${fw.shortName}</td><td><#if !graded?has_content><#if (fw.count("NOT_SATISFIED") > 0)>${fw.count("NOT_SATISFIED")} not graded<#else>none</#if><#elseif graded[0].grade.get().grading == "nonconformities"><b>${fw.gradeCount("MAJOR_NONCONFORMITY")} major</b> and ${fw.gradeCount("MINOR_NONCONFORMITY")} minor nonconformities; ${fw.gradeCount("OPPORTUNITY_FOR_IMPROVEMENT")} <#if fw.gradeCount("OPPORTUNITY_FOR_IMPROVEMENT") == 1>opportunity<#else>opportunities</#if> for improvement (OFI)<#else><#assign bySeverity = []><#list severities as sv><#assign n = graded?filter(c -> c.grade.get().severity == sv)?size><#if (n > 0)><#assign bySeverity += [n + " " + sv]></#if></#list>${graded?size} with exceptions out of their tested populations; highest severity: ${bySeverity?join(", ")}</#if></td></tr>
    </#list>
    </tbody>
  </table>
  <#if failing?has_content>
  <#assign shown = (model.gaps()?size > 1)?then(2, model.gaps()?has_content?then(3, 5))>
  <h3>Not satisfied: ${failing?size} control<#if (failing?size != 1)>s</#if>, by grade, then severity<#if (failing?size > shown)>; the first ${shown}, the other ${failing?size - shown} in the control tables</#if></h3>
  <table class="grid attention">
    <thead><tr><th style="width: 16mm">Framework</th><th style="width: 13mm">Control</th><th>Title and failing checks</th><th style="width: 27mm">Grade</th><th class="num" style="width: 10mm">Page</th></tr></thead>
    <tbody>
    <#list failing[0..*shown] as f>
      <tr><td>${f.framework.shortName}</td><td><a href="#c-${f.framework.id}-${f.control.id}">${f.control.id}</a></td><td>${f.control.title}<br/><#assign failingChecks = f.control.checks?filter(k -> (k.fail > 0))?map(k -> k.id)><span class="small muted">${failingChecks[0..*shownChecks]?join(", ")}<#if (failingChecks?size > shownChecks)> and ${failingChecks?size - shownChecks} more</#if></span></td><td><#if f.control.grade.isPresent()><#assign g = f.control.grade.get()><span class="status g-${g.grade}"><#if g.grading == "nonconformities"><#if g.grade == "MAJOR_NONCONFORMITY">Major<#elseif g.grade == "MINOR_NONCONFORMITY">Minor<#else>OFI</#if><#else>${g.exceptions} of ${g.population}</#if></span><br/><span class="small">${g.severity}<#if g.grading == "nonconformities">, ${g.exceptions} of ${g.population} fail</#if></span><#else>not graded</#if></td><td class="num"><a class="page" href="#c-${f.framework.id}-${f.control.id}" title="Page of ${f.control.id}"></a></td></tr>
    </#list>
    </tbody>
  </table>
  </#if>

  <h2>Controls by status</h2>
  <table class="chart">
    <#list model.frameworks as fw>
    <tr>
      <td class="chart-label"><b>${fw.shortName}</b><br/><span class="small muted">${fw.total} ${fw.itemsName()}</span></td>
      <td class="chart-bar">
        <table class="bar"><tr>
          <#list statuses as s><#if (fw.count(s) > 0)><td class="s-${s}" style="width: ${fmt.percent(fw.count(s), fw.total)}%"><#if (fw.count(s) * 100 >= fw.total * 5)>${fw.count(s)}</#if></td></#if></#list>
        </tr></table>
      </td>
    </tr>
    </#list>
  </table>
  <table class="grid legend">
    <thead><tr><th>Status (see How to read this pack)</th><#list model.frameworks as fw><th class="num" style="width: 24mm">${fw.shortName}</th></#list></tr></thead>
    <tbody>
    <#list statuses as s>
      <tr><td><span class="swatch s-${s}"></span>${fmt.label(s)}</td><#list model.frameworks as fw><td class="num">${fw.count(s)}</td></#list></tr>
    </#list>
      <tr class="total"><td>All controls</td><#list model.frameworks as fw><td class="num">${fw.total}</td></#list></tr>
    </tbody>
  </table>

  <h2>Gaps<#if gaps?has_content>: ${gaps?size} control<#if (gaps?size != 1)>s</#if> whose evidence is missing<#if model.errors?has_content> or could not be collected</#if><#if (gaps?size > shownGaps)>; the first ${shownGaps}, the other ${gaps?size - shownGaps} in the control tables</#if></#if></h2>
  <#if !gaps?has_content>
  <p>None: no control is a gap.</p>
  </#if>
  <#if gaps?has_content>
  <table class="grid attention">
    <thead><tr><th style="width: 18mm">Framework</th><th style="width: 14mm">Control</th><th>Title and why</th><th class="num" style="width: 10mm">Page</th></tr></thead>
    <tbody>
    <#list gaps[0..*shownGaps] as g>
      <tr><td>${g.framework.shortName}</td><td><a href="#c-${g.framework.id}-${g.control.id}">${g.control.id}</a></td><td>${g.control.title}<br/><span class="small muted">${g.control.reason}</span></td><td class="num"><a class="page" href="#c-${g.framework.id}-${g.control.id}" title="Page of ${g.control.id}"></a></td></tr>
    </#list>
    </tbody>
  </table>
  </#if>

</div>
