<#-- What changed since the previous pack (report --previous): controls whose status or grade changed, findings new,
     resolved and recurring (with the days each has been open), exceptions and documents expiring before the end of
     the next quarter, and evidence newly missing. Shown only when the pack was compared with a previous one. Long
     lists stop after "cap" rows; the workbook's "Since previous pack" sheet and results.json hold every row. -->
<#if model.comparison.isPresent()>
<#assign cmp = model.comparison.get()>
<#assign cap = 200>
<#macro more rows><#if (rows?size > cap)><p class="small">${rows?size - cap} more row(s) are in the workbook's "Since previous pack" sheet and in results.json.</p></#if></#macro>
<#macro findingRows rows open><table class="grid">
    <thead><tr><th>Check, account, region and resource</th><th style="width: 20mm">Severity</th><#if open><th style="width: 34mm">Open since</th><th style="width: 12mm" class="num">Days</th></#if></tr></thead>
    <tbody><#list rows as f><#if (f?index >= cap)><#break></#if><tr><td class="small"><span class="mono">${f.checkId}</span><br/>${f.account} ${f.region}<br/>${f.resource}</td><td>${f.severity}<#if f.status == "ACCEPTED"><br/><span class="small">accepted</span></#if></td><#if open><td class="small">${fmt.time(f.openSince)}</td><td class="num">${f.daysOpen}</td></#if></tr><#else><tr><td colspan="${open?then(4, 2)}">None.</td></tr></#list></tbody>
  </table><@more rows/></#macro>
<div class="section" id="comparison">
  <h1>Since the previous pack</h1>
  <p>This pack (${cmp.current.periodLabel}, evidence observed ${fmt.time(cmp.current.observedAt)}) compared with the previous pack <span class="mono">${cmp.previous.file}</span> (${cmp.previous.periodLabel}, ${cmp.previous.periodStart} to ${cmp.previous.periodEnd}, evidence observed ${fmt.time(cmp.previous.observedAt)}), read from its results.json after it verified. ${cmp.controls?size} control(s) changed status or grade; findings: ${cmp.findings.added?size} new, ${cmp.findings.resolved?size} resolved, ${cmp.findings.recurring?size} recurring, ${cmp.findings.notObserved?size} not observed now; ${cmp.expiring?size} exception(s) or document(s) expire by ${cmp.nextQuarterEnd}; ${cmp.missingEvidence?size} evidence file(s) newly missing.</p>
  <h2 id="comparison-controls">Controls whose status or grade changed</h2>
  <table class="grid">
    <thead><tr><th style="width: 20mm">Framework</th><th>Control</th><th style="width: 42mm">Before</th><th style="width: 42mm">After</th></tr></thead>
    <tbody><#list cmp.controls as c><#if (c?index >= cap)><#break></#if><tr><td>${c.frameworkName}</td><td>${c.control} ${c.title}</td><td class="small"><#if c.statusBefore?has_content>${fmt.label(c.statusBefore)}<#else>—</#if><#if c.gradeBefore?has_content><br/>${c.gradeBefore}</#if></td><td class="small"><#if c.statusAfter?has_content>${fmt.label(c.statusAfter)}<#else>—</#if><#if c.gradeAfter?has_content><br/>${c.gradeAfter}</#if></td></tr><#else><tr><td colspan="4">No control changed status or grade.</td></tr></#list></tbody>
  </table><@more cmp.controls/>
  <h2 id="comparison-findings">Findings new, resolved and recurring</h2>
  <p class="small">A finding is one check failing on one resource (check, account, region and resource). ${cmp.openBasis}</p>
  <h3>New (${cmp.findings.added?size})</h3>
  <@findingRows cmp.findings.added false/>
  <h3>Resolved (${cmp.findings.resolved?size})</h3>
  <@findingRows cmp.findings.resolved true/>
  <h3>Recurring (${cmp.findings.recurring?size})</h3>
  <@findingRows cmp.findings.recurring true/>
  <h3>Not observed now (${cmp.findings.notObserved?size})</h3>
  <p class="small">Failing in the previous pack and not judged in this one (the resource is gone, or its evidence is missing or a GAP): not counted as resolved.</p>
  <@findingRows cmp.findings.notObserved true/>
  <h2 id="comparison-expiring">Expiring by ${cmp.nextQuarterEnd}</h2>
  <p class="small">Exceptions and manual documents of this pack that expire before the end of the quarter after its audit period (${cmp.nextQuarterEnd}); an expired one stops counting.</p>
  <table class="grid">
    <thead><tr><th style="width: 28mm">Kind</th><th>What</th><th style="width: 24mm">Expires</th></tr></thead>
    <tbody><#list cmp.expiring as e><tr><td>${e.kind}</td><td class="small">${e.id}: ${e.subject}</td><td>${e.expires}</td></tr><#else><tr><td colspan="3">Nothing expires by then.</td></tr></#list></tbody>
  </table>
  <h2 id="comparison-missing">Evidence newly missing</h2>
  <table class="grid">
    <thead><tr><th>Collector, account and region</th><th style="width: 34mm">Collected before</th><th style="width: 50mm">Now</th></tr></thead>
    <tbody><#list cmp.missingEvidence as m><#if (m?index >= cap)><#break></#if><tr><td class="small">${m.collector} ${m.account} ${m.region}</td><td class="small">${fmt.time(m.previously)}</td><td class="small"><b>${m.now}</b></td></tr><#else><tr><td colspan="3">Every evidence file of the previous pack was collected again.</td></tr></#list></tbody>
  </table><@more cmp.missingEvidence/>
</div>
</#if>
