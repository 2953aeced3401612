<#-- Pages that crash the PDF renderer's tagging on a first attempt: each check block is kept on one page (the old
     stylesheet) while its findings table repeats its header on every page it spans. The content is static. -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <title>AWS evidence pack: Benchmark Org, 2026-Q4</title>
  <meta name="author" content="Benchmark Org"/>
  <meta name="subject" content="ISO/IEC 27001:2022 and SOC 2 evidence for 2026-Q4"/>
  <meta name="keywords" content="audit evidence, AWS, ISO 27001, SOC 2"/>
  <meta name="creator" content="auditpack 0.1.0-SNAPSHOT"/>
  <style>/* auditpack evidence pack: page layout and typography. Copy this file beside your templates to restyle. */
@page {
  size: A4;
  margin: 22mm 16mm 20mm 16mm;
  font-family: "DejaVu Sans";
  @top-left { content: element(header); font-family: "DejaVu Sans"; }
  @bottom-left { content: element(footer); font-family: "DejaVu Sans"; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans"; font-size: 7.5pt; color: #6b7280; }
}
@page :first {
  @top-left { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
html { font-family: "DejaVu Sans"; }
body { font-family: "DejaVu Sans"; font-size: 8.5pt; color: #111827; line-height: 1.35; }
#header { position: running(header); font-size: 7.5pt; color: #6b7280; border-bottom: 0.5pt solid #d1d5db; width: 178mm; padding-bottom: 1mm; }
#footer { position: running(footer); font-size: 7.5pt; color: #6b7280; font-weight: bold; }
h1 { font-size: 17pt; margin: 0 0 4mm 0; color: #0f2942; }
h2 { font-size: 12.5pt; margin: 7mm 0 3mm 0; color: #0f2942; border-bottom: 1pt solid #0f2942; padding-bottom: 1mm; }
h3 { font-size: 10pt; margin: 4mm 0 2mm 0; color: #0f2942; }
p { margin: 1.2mm 0; }
h1, h2, h3 { page-break-after: avoid; }
.section { page-break-before: always; }
.cover { text-align: left; padding-top: 35mm; }
.cover .brand { font-size: 10pt; letter-spacing: 2pt; color: #6b7280; text-transform: uppercase; }
.cover .title { font-size: 26pt; font-weight: bold; color: #0f2942; margin: 6mm 0 2mm 0; }
.cover .subtitle { font-size: 12pt; color: #374151; margin-bottom: 8mm; }
.cover .org { font-size: 16pt; margin-bottom: 12mm; }
.cover .logo { margin-bottom: 10mm; }
.cover .logo img { max-width: 90mm; max-height: 20mm; }
.cover .marking { margin-top: 14mm; font-size: 10pt; font-weight: bold; color: #b91c1c; text-transform: uppercase; letter-spacing: 1pt; }
.cover table.facts td { padding: 1.5mm 4mm 1.5mm 0; vertical-align: top; font-size: 9.5pt; }
.cover table.facts td.k { color: #6b7280; width: 42mm; }
.muted { color: #6b7280; }
.mono { font-family: "DejaVu Sans Mono"; font-size: 7pt; word-wrap: break-word; }
.small { font-size: 7.5pt; }
table.grid { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 2mm 0 3mm 0; }
table.grid th { background: #0f2942; color: #ffffff; text-align: left; font-weight: bold; padding: 1.4mm 1.6mm; font-size: 7.8pt; }
table.grid td { border-bottom: 0.4pt solid #e5e7eb; padding: 1.2mm 1.6mm; vertical-align: top; font-size: 7.8pt; word-wrap: break-word; }
table.grid tr { page-break-inside: avoid; }
table.grid td.num, table.grid th.num { text-align: right; }
.status { font-weight: bold; padding: 0.4mm 1.2mm; color: #ffffff; font-size: 7pt; white-space: nowrap; }
.s-SATISFIED, .s-PASS { background: #15803d; }
.s-MANUAL_PROVIDED { background: #4d7c0f; }
.s-INHERITED, .s-COVERED { background: #0e7490; }
.s-NOT_SATISFIED, .s-FAIL { background: #b91c1c; }
.s-ACCEPTED { background: #7c3aed; }
.s-GAP { background: #c2410c; }
.s-NEEDS_MANUAL_EVIDENCE, .s-BRIDGE_LETTER_NEEDED, .s-NOT_FOUND { background: #1d4ed8; }
.s-NOT_APPLICABLE { background: #6b7280; }
.g-MAJOR_NONCONFORMITY { background: #7f1d1d; }
.g-MINOR_NONCONFORMITY { background: #b45309; }
.g-OPPORTUNITY_FOR_IMPROVEMENT { background: #4b5563; }
table.toc { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.toc td { padding: 1.3mm 0; border-bottom: 0.4pt dotted #9ca3af; }
table.toc tr.toc-1 td { font-size: 10pt; padding-top: 2.6mm; }
table.toc tr.toc-2 td { font-size: 8.5pt; color: #374151; }
table.toc tr.toc-2 td:first-child { padding-left: 6mm; }
table.toc td.pn { text-align: right; width: 15mm; }
table.toc a { color: #111827; text-decoration: none; }
a { color: #0f2942; text-decoration: none; }
a.page::after { content: target-counter(attr(href), page); }
table.chart { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm 0; }
table.chart td { vertical-align: middle; padding: 1mm 0; }
table.chart td.chart-label { width: 32mm; font-size: 8.5pt; }
table.bar { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.bar td { height: 6.5mm; padding: 0; text-align: center; color: #ffffff; font-weight: bold; font-size: 7.5pt; border-right: 0.6pt solid #ffffff; }
table.legend td { vertical-align: middle; padding-top: 0.5mm; padding-bottom: 0.5mm; }
table.legend tr.total td { font-weight: bold; border-top: 0.6pt solid #0f2942; }
.summary h2 { margin-top: 5mm; }
.summary table.attention td { padding-top: 0.8mm; padding-bottom: 0.8mm; }
.swatch { display: inline-block; width: 2.6mm; height: 2.6mm; margin-right: 2mm; }
.control { page-break-inside: avoid; border-left: 1.6pt solid #d1d5db; padding: 1mm 0 1.5mm 3mm; margin: 0 0 3.5mm 0; }
.control .head { font-size: 9pt; font-weight: bold; margin-bottom: 1mm; }
.control .label { color: #6b7280; font-size: 7.3pt; text-transform: uppercase; letter-spacing: 0.4pt; margin-top: 1.2mm; }
.halves { width: 100%; border-collapse: collapse; }
.halves td { width: 50%; vertical-align: top; padding: 1mm 3mm 1mm 0; }
.note { background: #f3f4f6; padding: 2mm 3mm; margin: 2mm 0; }
</style>
  <bookmarks>
    <bookmark name="Cover" href="#cover"/>
    <bookmark name="Contents" href="#contents"/>
    <bookmark name="Summary" href="#summary">
    </bookmark>
    <bookmark name="How to read this pack" href="#reading">
    </bookmark>
    <bookmark name="Responsibility profile" href="#profile">
    </bookmark>
    <bookmark name="Audit scope" href="#scope">
      <bookmark name="Out of scope" href="#scope-out"/>
      <bookmark name="Complementary user entity controls" href="#scope-cuecs"/>
      <bookmark name="AWS services and attestation scope" href="#scope-services"/>
    </bookmark>
    <bookmark name="ISO/IEC 27001:2022 Annex A" href="#fw-iso27001-2022">
      <bookmark name="Control table" href="#fw-iso27001-2022-table"/>
      <bookmark name="Control details" href="#fw-iso27001-2022-details"/>
    </bookmark>
    <bookmark name="SOC 2 Trust Services Criteria (2017, revised 2022)" href="#fw-soc2-2017">
      <bookmark name="Criterion table" href="#fw-soc2-2017-table"/>
      <bookmark name="Criterion details" href="#fw-soc2-2017-details"/>
    </bookmark>
    <bookmark name="Statement of Applicability (ISO 27001)" href="#soa-iso27001-2022">
    </bookmark>
    <bookmark name="Checks and findings" href="#checks">
    </bookmark>
    <bookmark name="Manual evidence" href="#manual">
    </bookmark>
    <bookmark name="Exceptions" href="#exceptions">
    </bookmark>
    <bookmark name="AWS attestations" href="#attestations">
    </bookmark>
    <bookmark name="Collection errors" href="#errors">
    </bookmark>
    <bookmark name="Evidence index" href="#evidence">
    </bookmark>
  </bookmarks>
</head>
<body><div class="section" id="checks">
  <h1>Checks and findings</h1>
  <p>Each check judges every resource it applies to. This section lists at most 25 failing or undecided resources per check; the workbook lists every finding. Each check's test procedure says what was inspected, the population, the criterion, and how to re-perform the test from the evidence locker (in the pack zip under <span class="mono">evidence/</span>, and attached to this PDF). Where a locker file records a call under its operation's name, the call's <span class="mono">outcome</span> is OK (with the <span class="mono">response</span>), ABSENT (AWS said it is not configured) or ERROR (a gap, never a pass). Point in time: the automated evidence is a snapshot of the AWS configuration taken between 2026-11-20 08:50:00 UTC and 2026-11-20 09:00:00 UTC. It shows the state at that time, not how the controls operated across the audit period 2026-10-01 to 2026-12-31.</p>
  <div class="control" id="k-ec2_ebs_volume_encrypted">
    <div class="head">ec2_ebs_volume_encrypted <span class="status s-GAP">GAP</span></div>
    <div class="small muted">EBS volumes are encrypted · severity MEDIUM · 0 pass, 0 fail, 200 gap, 0 not applicable</div>
    <p><b>Why:</b> An unencrypted volume, and every snapshot taken from it, exposes its data to anyone who gets a copy.</p>
    <p><b>Fix:</b> EBS cannot encrypt a volume in place: snapshot it, copy the snapshot with encryption, create a volume from the copy and swap it in; turn on encryption by default so new volumes are encrypted.</p>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> EC2 DescribeVolumes in every region: Encrypted and KmsKeyId of each volume.</p>
      <p class="small"><b>Population:</b> Every EBS volume in every region of every account in scope.</p>
      <p class="small"><b>Criterion:</b> A volume passes when Encrypted is true and fails otherwise. A region without volumes is not applicable; an unreadable region is a gap.</p>
      <p class="small"><b>Re-perform:</b> Open raw/&lt;account&gt;/&lt;region&gt;/ec2.ebs_encryption.json for each region; for each element of data.Volumes[], read Encrypted.</p>
    </div>
    <p class="small muted">Supports: ISO 27001 A.8.24, SOC 2 CC6.1, SOC 2 C1.1</p>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Resource</th><th>Reason</th></tr></thead>
      <tbody><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000000000 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000000000:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000000000 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000007919:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000007919 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000007919:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000007919 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000015838:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000015838 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000015838:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000015838 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000023757:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000023757 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000023757:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000023757 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000031676:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000031676 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000031676:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000031676 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000039595:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000039595 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000039595:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000039595 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000047514:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000047514 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000047514:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000047514 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000055433:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000055433 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000055433:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000055433 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000063352:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000063352 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000063352:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000063352 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000071271:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000071271 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000071271:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000071271 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000079190:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000079190 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000079190:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000079190 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000087109:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000087109 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000087109:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000087109 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000095028:volumes</td><td>No evidence ec2.ebs_encryption was collected for account 100000095028 in eu-west-1.</td></tr></tbody>
    </table>
    <p class="small muted">175 more in the workbook (sheet Findings).</p>
  </div>
  <div class="control" id="k-ec2_security_group_admin_ports_restricted">
    <div class="head">ec2_security_group_admin_ports_restricted <span class="status s-FAIL">FAIL</span></div>
    <div class="small muted">Security groups keep SSH and RDP off the internet · severity HIGH · 152000 pass, 8000 fail, 0 gap, 0 not applicable</div>
    <p><b>Why:</b> SSH and RDP open to the whole internet are scanned and brute-forced within minutes of exposure, and one weak or leaked credential then gives an attacker a shell.</p>
    <p><b>Fix:</b> Remove inbound rules that allow TCP 22 or 3389 (or all traffic) from 0.0.0.0/0 or ::/0; reach instances through Systems Manager Session Manager, a VPN, or a rule limited to known address ranges.</p>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> EC2 DescribeSecurityGroups in every region: IpPermissions[] (IpProtocol, FromPort, ToPort, IpRanges[].CidrIp, Ipv6Ranges[].CidrIpv6).</p>
      <p class="small"><b>Population:</b> Every security group in every region of every account in scope, attached or not.</p>
      <p class="small"><b>Criterion:</b> A group fails when an inbound rule from 0.0.0.0/0 or ::/0 covers TCP port 22 or 3389, or allows all traffic (-1); otherwise it passes. An unreadable region is a gap.</p>
      <p class="small"><b>Re-perform:</b> Open raw/&lt;account&gt;/&lt;region&gt;/ec2.security_groups.json for each region; for each element of data.SecurityGroups[], check each entry of IpPermissions[] against the rule.</p>
    </div>
    <p class="small muted">Supports: ISO 27001 A.8.20, SOC 2 CC6.1, SOC 2 CC6.6</p>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Resource</th><th>Reason</th></tr></thead>
      <tbody><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb884e278</td><td>Security group sg-0ffffffffb884e278 (app-1) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb8a4d86c</td><td>Security group sg-0ffffffffb8a4d86c (app-21) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb8c4ce60</td><td>Security group sg-0ffffffffb8c4ce60 (app-41) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb8e4c454</td><td>Security group sg-0ffffffffb8e4c454 (app-61) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb904ba48</td><td>Security group sg-0ffffffffb904ba48 (app-81) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb924b03c</td><td>Security group sg-0ffffffffb924b03c (app-101) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb944a630</td><td>Security group sg-0ffffffffb944a630 (app-121) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb9649c24</td><td>Security group sg-0ffffffffb9649c24 (app-141) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb9849218</td><td>Security group sg-0ffffffffb9849218 (app-161) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb9a4880c</td><td>Security group sg-0ffffffffb9a4880c (app-181) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb9c47e00</td><td>Security group sg-0ffffffffb9c47e00 (app-201) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffb9e473f4</td><td>Security group sg-0ffffffffb9e473f4 (app-221) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffba0469e8</td><td>Security group sg-0ffffffffba0469e8 (app-241) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffba245fdc</td><td>Security group sg-0ffffffffba245fdc (app-261) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffba4455d0</td><td>Security group sg-0ffffffffba4455d0 (app-281) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffba644bc4</td><td>Security group sg-0ffffffffba644bc4 (app-301) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffba8441b8</td><td>Security group sg-0ffffffffba8441b8 (app-321) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbaa437ac</td><td>Security group sg-0ffffffffbaa437ac (app-341) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbac42da0</td><td>Security group sg-0ffffffffbac42da0 (app-361) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbae42394</td><td>Security group sg-0ffffffffbae42394 (app-381) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbb041988</td><td>Security group sg-0ffffffffbb041988 (app-401) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbb240f7c</td><td>Security group sg-0ffffffffbb240f7c (app-421) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbb440570</td><td>Security group sg-0ffffffffbb440570 (app-441) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbb63fb64</td><td>Security group sg-0ffffffffbb63fb64 (app-461) allows inbound TCP 22 from 0.0.0.0/0.</td></tr><tr><td><span class="status s-FAIL">FAIL</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:security-group/sg-0ffffffffbb83f158</td><td>Security group sg-0ffffffffbb83f158 (app-481) allows inbound TCP 22 from 0.0.0.0/0.</td></tr></tbody>
    </table>
    <p class="small muted">7975 more in the workbook (sheet Findings).</p>
  </div>
  <div class="control" id="k-ec2_security_group_not_open_to_all">
    <div class="head">ec2_security_group_not_open_to_all <span class="status s-PASS">PASS</span></div>
    <div class="small muted">Security groups do not admit all traffic from the internet · severity CRITICAL · 160000 pass, 0 fail, 0 gap, 0 not applicable</div>
    <p><b>Why:</b> A group that admits every port from anywhere exposes every service on its instances, including ones never meant to be reachable, such as databases and admin consoles.</p>
    <p><b>Fix:</b> Replace the all-traffic or all-ports inbound rule from 0.0.0.0/0 or ::/0 with rules for the specific ports the workload serves, limited to the sources that need them.</p>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> EC2 DescribeSecurityGroups in every region: IpPermissions[] (IpProtocol, FromPort, ToPort, IpRanges[].CidrIp, Ipv6Ranges[].CidrIpv6).</p>
      <p class="small"><b>Population:</b> Every security group in every region of every account in scope, attached or not.</p>
      <p class="small"><b>Criterion:</b> A group fails when an inbound rule from 0.0.0.0/0 or ::/0 allows all traffic (-1) or every TCP or UDP port (0 or 1 to 65535); otherwise it passes. An unreadable region is a gap.</p>
      <p class="small"><b>Re-perform:</b> Open raw/&lt;account&gt;/&lt;region&gt;/ec2.security_groups.json for each region; for each element of data.SecurityGroups[], check each entry of IpPermissions[] against the rule.</p>
    </div>
    <p class="small muted">Supports: ISO 27001 A.8.20, SOC 2 CC6.1, SOC 2 CC6.6</p>
  </div>
  <div class="control" id="k-ec2_vpc_flow_logs_enabled">
    <div class="head">ec2_vpc_flow_logs_enabled <span class="status s-GAP">GAP</span></div>
    <div class="small muted">VPCs have flow logs · severity MEDIUM · 0 pass, 0 fail, 200 gap, 0 not applicable</div>
    <p><b>Why:</b> Flow logs record which addresses talked to which, and what was rejected; without them an intrusion or data exfiltration over the network leaves no trace to investigate.</p>
    <p><b>Fix:</b> Create a flow log on the VPC itself (CreateFlowLogs with the VPC id, traffic type ALL or at least REJECT) delivering to CloudWatch Logs or S3, and make sure delivery succeeds.</p>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> EC2 DescribeVpcs (VpcId, OwnerId) and DescribeFlowLogs (ResourceId, FlowLogStatus, DeliverLogsStatus) in every region.</p>
      <p class="small"><b>Population:</b> Every VPC in every region of every account in scope; VPCs shared from another account are not applicable.</p>
      <p class="small"><b>Criterion:</b> A VPC passes when a flow log has the VPC as ResourceId, FlowLogStatus ACTIVE and DeliverLogsStatus other than FAILED, and fails otherwise; flow logs on subnets or interfaces do not count. An unreadable region is a gap.</p>
      <p class="small"><b>Re-perform:</b> Open raw/&lt;account&gt;/&lt;region&gt;/ec2.vpcs.json (data.Vpcs[]) and raw/&lt;account&gt;/&lt;region&gt;/ec2.flow_logs.json (data.FlowLogs[]) for each region and match FlowLogs[].ResourceId to Vpcs[].VpcId.</p>
    </div>
    <p class="small muted">Supports: ISO 27001 A.8.15, ISO 27001 A.8.16, SOC 2 CC7.2</p>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Resource</th><th>Reason</th></tr></thead>
      <tbody><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000000000:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000000000 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000000000:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000000000 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000007919:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000007919 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000007919:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000007919 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000015838:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000015838 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000015838:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000015838 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000023757:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000023757 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000023757:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000023757 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000031676:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000031676 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000031676:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000031676 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000039595:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000039595 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000039595:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000039595 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000047514:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000047514 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000047514:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000047514 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000055433:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000055433 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000055433:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000055433 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000063352:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000063352 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000063352:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000063352 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000071271:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000071271 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000071271:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000071271 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000079190:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000079190 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000079190:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000079190 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000087109:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000087109 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:us-east-1:100000087109:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000087109 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:ec2:eu-west-1:100000095028:vpcs</td><td>No evidence ec2.vpcs was collected for account 100000095028 in eu-west-1.</td></tr></tbody>
    </table>
    <p class="small muted">175 more in the workbook (sheet Findings).</p>
  </div>
  <div class="control" id="k-elbv2_listener_tls_policy_modern">
    <div class="head">elbv2_listener_tls_policy_modern <span class="status s-GAP">GAP</span></div>
    <div class="small muted">Load balancer listeners refuse TLS 1.0 and 1.1 · severity MEDIUM · 0 pass, 0 fail, 200 gap, 0 not applicable</div>
    <p><b>Why:</b> TLS 1.0 and 1.1 have known weaknesses and no longer meet PCI DSS, NIST SP 800-52 or the major browsers&#39; requirements; a policy that still accepts them lets a client or attacker negotiate down to them.</p>
    <p><b>Fix:</b> Change the listener&#39;s security policy to one that accepts TLS 1.2 and later, for example ELBSecurityPolicy-TLS13-1-2-Res-2021-06 or its post-quantum successor.</p>
    <div class="procedure">
      <div class="label">Test procedure</div>
      <p class="small"><b>Inspected:</b> Elastic Load Balancing DescribeLoadBalancers in every region; DescribeListeners per load balancer (each listener&#39;s Protocol and SslPolicy).</p>
      <p class="small"><b>Population:</b> Every HTTPS and TLS listener of every load balancer in every region of every account in scope.</p>
      <p class="small"><b>Criterion:</b> A listener passes when the oldest TLS version its SslPolicy accepts is TLS 1.2 or later, and fails when the policy still accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08 does). The oldest version per policy comes from AWS&#39;s Elastic Load Balancing documentation, which auditpack ships as a dated table (security-policies.txt); a policy not in that table, or none recorded, is a gap, never a pass. A load balancer without an HTTPS or TLS listener is not applicable; listeners that could not be read, or a region whose load balancers could not be listed, are a gap.</p>
      <p class="small"><b>Re-perform:</b> Open raw/&lt;account&gt;/&lt;region&gt;/elbv2.load_balancers.json for each region; for each element of data.LoadBalancers[], read calls.DescribeListeners.response[] and, for each listener with Protocol HTTPS or TLS, its SslPolicy; look up the oldest TLS version that policy accepts in AWS&#39;s list of Elastic Load Balancing security policies (docs/checks.md names auditpack&#39;s copy) and apply the rule.</p>
    </div>
    <p class="small muted">Supports: ISO 27001 A.5.14, ISO 27001 A.8.24, SOC 2 CC6.7</p>
    <table class="grid">
      <thead><tr><th style="width: 16mm">Status</th><th style="width: 60mm">Resource</th><th>Reason</th></tr></thead>
      <tbody><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000000000:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000000000 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000000000:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000000000 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000007919:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000007919 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000007919:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000007919 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000015838:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000015838 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000015838:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000015838 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000023757:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000023757 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000023757:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000023757 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000031676:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000031676 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000031676:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000031676 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000039595:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000039595 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000039595:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000039595 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000047514:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000047514 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000047514:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000047514 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000055433:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000055433 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000055433:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000055433 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000063352:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000063352 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000063352:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000063352 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000071271:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000071271 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000071271:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000071271 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000079190:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000079190 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000079190:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000079190 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000087109:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000087109 in eu-west-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:us-east-1:100000087109:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000087109 in us-east-1.</td></tr><tr><td><span class="status s-GAP">GAP</span></td><td class="mono">arn:aws:elasticloadbalancing:eu-west-1:100000095028:loadbalancers</td><td>No evidence elbv2.load_balancers was collected for account 100000095028 in eu-west-1.</td></tr></tbody>
    </table>
    <p class="small muted">175 more in the workbook (sheet Findings).</p>
  </div>
  </div></body></html>