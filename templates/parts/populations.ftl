<#-- Change populations from CloudTrail: per population its size, the controls it evidences, and its sample with the
     seed; then which source covered which dates and which dates are a GAP. Shown only when the locker has them. -->
<#if !model.populations.empty>
<#assign pops = model.populations>
<div class="section" id="populations">
  <h1>Change populations and samples</h1>
  <p>Management events of the audit period from AWS CloudTrail, sorted into the populations auditors test controls on. A population is complete only for the days its sources covered; <#if (pops.gapDays() > 0)><b>${pops.gapDays()} account-region day(s) are a GAP</b> (listed below): events on those days are missing from every population.<#else>every day of the period was covered.</#if></p>
  <#if pops.seed.isPresent()>
  <p>Samples were drawn with the seed <span class="mono">${pops.seed.get()}</span>: items ranked by the lower-case hex SHA-256 of "seed:event id", the first N taken. An auditor can draw them again with sha256sum and sort (docs/populations-and-samples.md). Sample sizes: ${pops.sizesSource}</p>
  <#else>
  <p>No sample was drawn: give a seed (report --sample-seed) to draw one per population.</p>
  </#if>
  <table class="grid">
    <thead><tr><th>Population</th><th style="width: 44mm">Controls</th><th style="width: 16mm" class="num">Events</th><th style="width: 40mm">Sample</th></tr></thead>
    <tbody><#list pops.populations as p><tr><td>${p.title}<br/><span class="mono small">${p.id}</span></td><td class="small"><#list p.controls as fw, ids>${fw}: ${ids?join(", ")}<#sep><br/></#sep></#list></td><td class="num">${p.events}</td><td class="small"><#if p.sample.isPresent()><#assign s = p.sample.get()>${s.size} drawn, seed <span class="mono">${s.seed}</span><br/>${s.basis}<#else>none</#if></td></tr></#list></tbody>
  </table>
  <#list pops.populations as p><#if p.sample.isPresent() && p.sample.get().items?has_content><#assign s = p.sample.get()>
  <h2>Sample of ${p.title} (seed ${s.seed})</h2>
  <table class="grid">
    <thead><tr><th style="width: 8mm" class="num">#</th><th style="width: 34mm">Time</th><th style="width: 34mm">Event</th><th>Actor and target</th><th style="width: 46mm">Event id</th></tr></thead>
    <tbody><#list s.items as e><tr><td class="num">${e?counter}</td><td>${e.time}</td><td>${e.name}</td><td class="small">${e.actor!""}<#if e.target??><br/>${e.target}</#if><br/><span class="mono muted">${e.file}</span></td><td class="mono small">${e.id}</td></tr></#list></tbody>
  </table>
  </#if></#list>
  <h2>Coverage and GAP days</h2>
  <table class="grid">
    <thead><tr><th style="width: 34mm">Account / region</th><th style="width: 46mm">Days</th><th>Source, or why a GAP</th><th style="width: 16mm" class="num">Events</th></tr></thead>
    <tbody><#list pops.coverage as i><tr><td>${i.account}<br/>${i.region}</td><td>${i.start} to ${i.end}</td><td>${i.what}</td><td class="num">${i.events}</td></tr></#list><#list pops.gaps as i><tr><td>${i.account}<br/>${i.region}</td><td>${i.start} to ${i.end}</td><td><b>GAP</b>: ${i.what}</td><td class="num">–</td></tr></#list></tbody>
  </table>
</div>
</#if>
