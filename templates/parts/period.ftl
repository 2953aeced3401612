<#-- Operation over the period, for a pack made from a snapshot series (collect --series): the snapshots and where
     they leave the period unobserved, one line per control with its verdict over the period, and the intervals of
     every resource that did not pass throughout. Nothing is printed for a pack of one locker. -->
<#if model.timeline.isPresent()><#assign tl = model.timeline.get()>
<#assign maxRows = run.findingsPerCheck * 10>
<div class="section" id="period">
  <h1>Operation over the period</h1>
  <p>This pack was made from a ${tl.cadence} snapshot series: ${tl.snapshots?size} snapshot(s) from ${fmt.time(tl.snapshots[0].finishedAt)} to ${fmt.time(tl.snapshots[tl.snapshots?size - 1].finishedAt)}, each chained to the one before by the SHA-256 of its index. The statuses in the rest of the pack are those of the latest snapshot, ${tl.snapshots[tl.snapshots?size - 1].name}. Here every check was judged at every snapshot. A control operated effectively over the period only when its direct checks passed at every snapshot and the snapshots cover the period ${tl.periodStart} to ${tl.periodEnd} with no pause longer than the cadence allows (${tl.allowedGap}); a stretch not observed is a gap, never a pass. Dates are UTC.</p>
  <h2 id="period-coverage">Coverage of the period</h2>
  <#if tl.coverage?has_content>
  <table class="grid">
    <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Not observed</th><th>Why</th></tr></thead>
    <tbody><#list tl.coverage as g><tr><td><span class="status s-GAP">GAP</span></td><td>${fmt.time(g.from)} to ${fmt.time(g.to)}</td><td>${g.note}</td></tr></#list></tbody>
  </table>
  <#else>
  <p>The snapshots cover the whole period at the declared cadence.</p>
  </#if>
  <h2 id="period-controls">Controls over the period</h2>
  <#assign untested = tl.controls?filter(c -> c.verdict == "NOT_TESTED")?size>
  <table class="grid">
    <thead><tr><th style="width: 34mm">Control</th><th style="width: 24mm">Over the period</th><th>Statement</th></tr></thead>
    <tbody><#list tl.controls?filter(c -> c.verdict != "NOT_TESTED") as c><tr><td>${c.framework} ${c.control}</td><td><span class="status s-${c.verdict}">${fmt.label(c.verdict)}</span></td><td>${c.statement}</td></tr></#list></tbody>
  </table>
  <#if (untested > 0)><p class="small muted">${untested} control(s) have no direct check and are not listed: their operation over the period rests on other evidence. The workbook's sheet Over the period lists every control with its deviations.</p></#if>
  <h2 id="period-resources">Resources that did not pass throughout</h2>
  <#assign deviating = tl.deviating()>
  <#if deviating?has_content>
  <table class="grid">
    <thead><tr><th style="width: 40mm">Check</th><th style="width: 62mm">Resource</th><th>Intervals</th></tr></thead>
    <tbody><#list deviating as r><#if (r?index >= maxRows)><#break></#if><tr><td class="mono">${r.checkId}</td><td class="mono">${r.resource}</td><td><#list r.intervals as i><span class="status s-${i.status}">${i.status}</span> ${i.dates()}<#sep><br/></#sep></#list></td></tr></#list></tbody>
  </table>
  <#if (deviating?size > maxRows)><p class="small muted">${deviating?size - maxRows} more in the workbook (sheet Timeline).</p></#if>
  <#else>
  <p>None: every resource passed (or was not applicable) at every snapshot that saw it.</p>
  </#if>
</div>
</#if>
