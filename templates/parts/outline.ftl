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
<#if model.timeline.isPresent()>
  <#assign outline += [{"id": "period", "title": "Operation over the period", "children": [
    {"id": "period-coverage", "title": "Coverage of the period"},
    {"id": "period-controls", "title": "Controls over the period"},
    {"id": "period-resources", "title": "Resources that did not pass throughout"}]}]>
</#if>
<#-- A framework's parts also carry their controls ("controls", anchors "anchor" + control id): the bookmarks list
     every control under the part that shows it; the contents page leaves them out. -->
<#list model.frameworks as fw>
  <#assign parts = [
    {"id": "fw-" + fw.id + "-table", "title": fw.itemName?cap_first + " table"},
    {"id": "fw-" + fw.id + "-details", "title": fw.itemName?cap_first + " details", "anchor": "c-" + fw.id + "-",
     "controls": fw.controls?filter(c -> c.layout() == "full")}]>
  <#assign documentsOnly = fw.controls?filter(c -> c.layout() == "documents")>
  <#if documentsOnly?has_content>
    <#assign parts += [{"id": "fw-" + fw.id + "-documents", "title": fw.itemsName()?cap_first + " only documents can answer",
      "anchor": "c-" + fw.id + "-", "controls": documentsOnly}]>
  </#if>
  <#assign notExamined = fw.controls?filter(c -> c.layout() == "outOfScope")>
  <#if notExamined?has_content>
    <#assign parts += [{"id": "fw-" + fw.id + "-out", "title": fw.itemsName()?cap_first + " out of scope",
      "anchor": "c-" + fw.id + "-", "controls": notExamined}]>
  </#if>
  <#assign outline += [{"id": "fw-" + fw.id, "title": fw.title, "children": parts}]>
</#list>
<#list model.frameworks as fw><#if fw.soa?has_content>
  <#assign outline += [{"id": "soa-" + fw.id, "title": "Statement of Applicability (" + fw.shortName + ")"}]>
</#if></#list>
<#if !model.populations.empty>
  <#assign outline += [{"id": "populations", "title": "Change populations and samples"}]>
</#if>
<#if !model.operations.empty>
  <#assign outline += [{"id": "operations", "title": "Operations over the period"}]>
</#if>
<#if model.comparison.isPresent()>
  <#assign outline += [{"id": "comparison", "title": "Since the previous pack", "children": [
    {"id": "comparison-controls", "title": "Controls whose status or grade changed"},
    {"id": "comparison-findings", "title": "Findings new, resolved and recurring"},
    {"id": "comparison-expiring", "title": "Expiring by " + model.comparison.get().nextQuarterEnd},
    {"id": "comparison-missing", "title": "Evidence newly missing"}]}]>
</#if>
<#if !model.imports.empty>
  <#assign outline += [{"id": "imports", "title": "Imported scanner findings"}]>
</#if>
<#assign outline += [
  {"id": "checks", "title": "Checks and findings"},
  {"id": "manual", "title": "Manual evidence"},
  {"id": "exceptions", "title": "Exceptions"},
  {"id": "attestations", "title": "AWS attestations"},
  {"id": "errors", "title": "Collection errors"},
  {"id": "evidence", "title": "Evidence index", "children": [
    {"id": "evidence-collectors", "title": "By collector"},
    {"id": "evidence-files", "title": "Files"}]}
]>
