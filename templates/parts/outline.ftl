<#-- The sections of the pack in order, as {id, title, children}: the contents page and the bookmarks are both made
     from this list, so a section added here appears in both. Each id must be the id of an element in the body. -->
<#assign outline = model.assertion.isPresent()?then([{"id": "assertion", "title": "Management assertion"}], []) + [
  {"id": "summary", "title": "Summary"},
  {"id": "system", "title": "Scope and system description", "children": [
    {"id": "system-coverage", "title": "Declared scope and evidence"}] + model.system.declared?then([
    {"id": "system-exclusions", "title": "Exclusions"}], [])},
  {"id": "reading", "title": "How to read this pack"},
  {"id": "profile", "title": "Responsibility profile"},
  {"id": "scope", "title": "Audit scope", "children": [
    {"id": "scope-out", "title": "Out of scope"},
    {"id": "scope-cuecs", "title": "Complementary user entity controls"},
    {"id": "scope-services", "title": "AWS services and attestation scope"}]}
]>
<#list model.frameworks as fw>
  <#assign outline += [{"id": "fw-" + fw.id, "title": fw.title, "children": [
    {"id": "fw-" + fw.id + "-table", "title": fw.itemName?cap_first + " table"},
    {"id": "fw-" + fw.id + "-details", "title": fw.itemName?cap_first + " details"}]}]>
</#list>
<#list model.frameworks as fw><#if fw.soa?has_content>
  <#assign outline += [{"id": "soa-" + fw.id, "title": "Statement of Applicability (" + fw.shortName + ")"}]>
</#if></#list>
<#assign outline += [
  {"id": "checks", "title": "Checks and findings"},
  {"id": "manual", "title": "Manual evidence"},
  {"id": "exceptions", "title": "Exceptions"},
  {"id": "attestations", "title": "AWS attestations"},
  {"id": "errors", "title": "Collection errors"},
  {"id": "evidence", "title": "Evidence index"}
]>
