<#-- ticket-summary.md beside the pack zip: Markdown to paste into an audit ticket, with the hashes of the files to
     attach to it. Plain text, nothing escaped for HTML: write every value from AWS or the user through
     text.markdown (one line, control characters as escapes, Markdown's characters escaped). Data: model (the
     report model), run (model.run), signer (who signed the pack; missing when it is not signed), auditorsOnly (the
     full pack's zip when this summary is for a redacted build; missing otherwise), attachments (each
     with name, size and sha256), statuses (control statuses), top (most failing controls listed), listed (accounts
     listed in full), text (markdown, seconds, size, label). -->
<#assign failing = model.notSatisfied()>
### Evidence pack: ${text.markdown(run.organisation)}, ${run.periodLabel}

| | |
|---|---|
| Organisation | ${text.markdown(run.organisation)} |
| Audit period | ${run.periodLabel} (${run.periodStart} to ${run.periodEnd}) |
| AWS accounts | <#if (run.accounts?size > listed)>${run.accounts?size}: ${run.accounts[0..<listed]?join(", ")} and ${run.accounts?size - listed} more (every one is in the PDF and results.json)<#else>${run.accounts?join(", ")}</#if> |
| Regions | ${run.regions?join(", ")} |
| Generated | ${text.seconds(run.generatedAt)} by auditpack ${text.markdown(run.toolVersion)} |
<#if model.manual?has_content>
<#assign expired = model.manual?filter(m -> m.expired)?size>
| Manual evidence | ${model.manual?size} document(s)<#if (expired > 0)>, ${expired} expired (counted as missing)</#if> |
</#if>
<#if model.exceptions?has_content>
<#assign active = model.exceptions?filter(e -> e.active)>
<#assign accepted = 0><#list active as e><#assign accepted += e.matched></#list>
| Exceptions | ${model.exceptions?size}, ${active?size} active; ${accepted} failing finding(s) accepted |
</#if>
| Collection errors | ${model.errors?size}<#if model.errors?has_content> (their controls are GAP)</#if> |
| Signed | <#if signer??>by ${text.markdown(signer)}<#else>no</#if> |
<#if run.redacted>
| Redacted | yes, for tickets: account ids are pseudonyms (acct-1, ...), IP addresses private-ip-N or public-ip-N, IAM user names user-N, session names session-N, e-mail addresses email-N@redacted.invalid, people's names person-N; no raw evidence |
</#if>
<#if auditorsOnly??>
| Full pack | ${text.markdown(auditorsOnly)}, with the raw evidence locker: **for auditors only**, do not attach it to the ticket |
</#if>

**Controls by status**

| Framework | Controls |<#list statuses as s> ${text.label(s)} |</#list>
|---|---:|<#list statuses as s>---:|</#list>
<#list model.frameworks as f>
| ${text.markdown(f.shortName)} | ${f.total()} |<#list statuses as s> ${f.count(s)} |</#list>
</#list>

**Top failing controls** (${[top, failing?size]?min} of ${failing?size} not satisfied, by grade, then severity, then most failing resources)

<#if failing?has_content>
| Framework | Control | Failing checks | Failing resources | Grade |
|---|---|---|---:|---|
<#list failing as f><#if (f?index >= top)><#break></#if>
<#assign c = f.control>
| ${text.markdown(f.framework.shortName)} | ${text.markdown(c.id)} ${text.markdown(c.title)} | <#list c.checks?filter(k -> k.fail > 0) as k>`${k.id}` (${k.fail})<#sep>, </#list> | ${c.failingTotal} | <#if c.grade.isPresent()><#assign g = c.grade.get()>${text.markdown(g.label + g.severity?has_content?then(" (" + g.severity + ")", ""))}<#else>not graded</#if> |
</#list>
<#else>
None: no control is NOT_SATISFIED.
</#if>

**Attachments**

| File | Size | SHA-256 |
|---|---:|---|
<#list attachments as a>
| ${text.markdown(a.name)} | ${text.size(a.size)} | `${a.sha256}` |
</#list>
