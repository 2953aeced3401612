<#-- Sign-off sheet of one review: reviews/NNN.pdf in the pack's zip, beside its record reviews/NNN.json, which is
     attached to it. Rendered to PDF/A-3a (tagged, PDF/UA-1) like the report, with report.css. Data: sheet (the
     strings below, already worded). Keep the "Decision:" and reviewer lines: verify reads them back. The comment comes last, so that a long one
     runs onto further pages after every other fact. -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <title>${sheet.title}: ${sheet.organisation}, ${sheet.periodLabel}</title>
  <meta name="author" content="${sheet.reviewer}"/>
  <meta name="subject" content="${sheet.title} of the evidence pack of ${sheet.organisation} for ${sheet.periodLabel}: ${sheet.decision}"/>
  <meta name="keywords" content="audit evidence, review, sign-off"/>
  <meta name="creator" content="auditpack ${sheet.toolVersion}"/>
  <style><#include "report.css">
    .sheet { padding-top: 8mm; }
    .sheet .decision { font-size: 16pt; font-weight: bold; color: #0f2942; margin: 4mm 0 1mm 0; }
    .sheet .who { font-size: 11pt; margin-bottom: 5mm; }
    .sheet table.facts td { padding: 1.3mm 4mm 1.3mm 0; vertical-align: top; font-size: 9pt; }
    .sheet table.facts { width: 100%; }
    .sheet table.facts td.k { color: #6b7280; width: 40mm; }
    .sheet .hash { font-family: "DejaVu Sans Mono"; font-size: 7.5pt; white-space: nowrap; }
  </style>
</head>
<body>
<div class="cover sheet" id="sheet">
  <div class="brand">${sheet.caption}</div>
  <h1>${sheet.title}</h1>
  <div class="org">${sheet.organisation}</div>
  <p class="decision">Decision: ${sheet.decision}</p>
  <p class="who">${sheet.roleLabel}: ${sheet.reviewer}</p>
  <table class="facts">
    <tr><td class="k">System</td><td>${sheet.system}</td></tr>
    <tr><td class="k">Audit period</td><td>${sheet.period}</td></tr>
    <tr><td class="k">Frameworks</td><td>${sheet.frameworks}</td></tr>
    <tr><td class="k">Prepared by</td><td>${sheet.preparer}</td></tr>
    <tr><td class="k">${sheet.roleLabel}</td><td>${sheet.reviewer}</td></tr>
    <tr><td class="k">Decision</td><td>${sheet.decision}</td></tr>
    <tr><td class="k">Time (UTC)</td><td>${sheet.time}</td></tr>
    <tr><td class="k">Zip reviewed, SHA-256</td><td class="hash">${sheet.zipSha256}</td></tr>
    <tr><td class="k">PDF reviewed, SHA-256</td><td class="hash">${sheet.pdfSha256}</td></tr>
    <tr><td class="k">SHA256SUMS, SHA-256</td><td class="hash">${sheet.sumsSha256}</td></tr>
    <tr><td class="k">Record</td><td>${sheet.record} (attached to this PDF)<#if sheet.earlier?has_content>; earlier reviews: ${sheet.earlier}</#if></td></tr>
    <tr><td class="k">Signature</td><td>${sheet.signed}</td></tr>
<#if sheet.fingerprint[0]?has_content>
    <tr><td class="k">Signer's certificate, SHA-256 fingerprint</td><td class="hash">${sheet.fingerprint[0]}<br/>${sheet.fingerprint[1]}</td></tr>
</#if>
    <tr><td class="k">Comment</td><td><#if sheet.comment?has_content><#list sheet.comment?split("\n") as line>${line}<#sep><br/></#sep></#list><#else>none</#if></td></tr>
  </table>
  <p class="note">This sheet is ${sheet.file} in the zip. It states the review in ${sheet.record}, which is attached to it byte for byte; the pack's own PDF is not changed by a review. Check both with: auditpack verify ${sheet.zipName}</p>
</div>
</body>
</html>
