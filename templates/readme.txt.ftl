<#-- README.txt inside the pack zip: what each file is, how it was made, and how to check it offline. Plain text,
     nothing escaped for HTML. Data: model (the report model), run (model.run), signer (who signed the pack,
     subject and certificate fingerprint; missing when it is not signed), other (in a build with redaction: for the
     full pack, the redacted zip for tickets; for the redacted pack, the full zip; missing otherwise), writers (the
     pack's documents, each with
     file and description), opensslVerify and pdfFingerprint (the commands that check the signatures; the docs
     quote them), text (oneLine, wrap, seconds). Control characters in the result are shown as escapes. -->
EVIDENCE PACK: ${text.oneLine(run.organisation)}
Frameworks: <#list model.frameworks as f>${text.oneLine(f.title)}<#sep>; </#list>
Audit period ${run.periodLabel} (${run.periodStart} to ${run.periodEnd})
AWS accounts: ${run.accounts?join(", ")}
Regions: ${run.regions?join(", ")}
Generated ${text.seconds(run.generatedAt)} by auditpack ${run.toolVersion}, from evidence collected ${text.seconds(run.collectedFrom)} to ${text.seconds(run.collectedTo)} (run ${run.runId})
<#if signer??>
Signed by: ${text.oneLine(signer)}
<#else>
Not signed.
</#if>
<#if run.redacted>

REDACTED FOR TICKETS: in the PDF, the workbook, results.json, this file and ticket-summary.md,
AWS account ids are pseudonyms (acct-1, acct-2, ...), IP addresses are private-ip-N or
public-ip-N (prefix lengths, 0.0.0.0/0 and ::/0 kept), IAM user names are user-N, role session
names session-N, e-mail addresses email-N@redacted.invalid and people's names person-N, the same
value with the same pseudonym in every file. SHA-256 hashes are unchanged. This zip holds no raw
evidence and the PDF carries none: the full pack<#if other??> (${other})</#if> keeps the originals, for
auditors only; match its evidence files to the PDF's evidence index by SHA-256.
<#elseif other??>

FOR AUDITORS ONLY: this pack holds the raw evidence locker, with the real account ids, IP
addresses, IAM user names and e-mail addresses. Do not attach it to a ticket: attach
${other}, its redacted copy, instead.
</#if>

WHAT IS IN IT

<#list writers as w>
<#if (w.file?length > 19)>
  ${w.file}
                       ${text.wrap(w.description, 68, 23)}
<#else>
  ${(w.file + " ")?right_pad(21)}${text.wrap(w.description, 68, 23)}
</#if>
</#list>
<#if run.redacted>
  ticket-summary.md    The summary to paste into the audit ticket, redacted as the rest.
<#else>
  evidence/index.json  The evidence locker's index: every evidence file with its SHA-256 and
                       collection time, and every AWS call that failed.
  evidence/raw/...     The answers AWS gave, unchanged: one JSON file per collector, account
                       and region. When AWS Artifact report PDFs were downloaded, they are
                       here too, listed in index.json under "attachments": they are AWS
                       confidential, shared under AWS Artifact's terms; do not redistribute
                       them beyond the audit.
</#if>
<#if !run.redacted>
<#list model.imports.sources?filter(s -> s.origin == "imported") as s>
<#if s?is_first>
  imports/...          Other scanners' output files given with --import, byte for byte, so
                       the imported findings the PDF shows can be read at their source:
</#if>
                       ${text.oneLine(s.path)} (${s.format}; its SHA-256 is in SHA256SUMS)
</#list>
</#if>
  README.txt           This file.
  signing.json         Whether the pack was signed, and the SHA-256 fingerprint of the signer's
                       certificate. The PDF carries the same file, so a pack that lost its
                       signatures still says it had them.
  SHA256SUMS           The SHA-256 of every other file, as `sha256sum` writes it.
<#if signer??>
  SHA256SUMS.p7s       A detached CMS (PKCS#7) signature over SHA256SUMS, DER-encoded, with the
                       signer's certificate inside.
  signer.pem           The signer's certificate (and any chain given with it), PEM.
</#if>

HOW IT WAS MADE

<#assign made>auditpack read the AWS configuration with read-only API calls and stored each answer unchanged under evidence/<#if run.redacted> of the full pack</#if>, recording the SHA-256 of each file in evidence/index.json. A second step, which calls no AWS API, ran automated checks over those files and mapped them to the controls of the frameworks named above; <#list writers as w>${w.file}<#sep><#if w?index == writers?size - 2> and <#else>, </#if></#sep></#list> were all written from that one evaluation.</#assign>
${text.wrap(made, 96, 0)}
<#if run.redacted>
The redacted documents were written from the same evaluation as the full pack's, then masked.
<#else>
The same step can rebuild the report from evidence/ alone, years later:
  auditpack report --evidence evidence --out DIR
</#if>

HOW TO CHECK IT, OFFLINE, WITH STANDARD TOOLS

Unzip the pack and run these in its folder.

1. No file was changed, added or removed:
     sha256sum -c SHA256SUMS
   Every line must end in OK. A file that is not listed was not part of the pack.
<#if signer??>

2. SHA256SUMS was signed with the key of the certificate in signer.pem:
     ${opensslVerify}
   It must print "CMS Verification successful". This proves the pack matches that certificate,
   not that the certificate is the organisation's: anyone can make a certificate with the same
   name. Ask the organisation for its signing certificate's SHA-256 fingerprint by another
   channel (in person, by phone, from its audit contact), and compare it with:
     openssl x509 -in signer.pem -noout -subject -fingerprint -sha256
   The fingerprint written at the top of this file comes from the pack itself, so it proves
   nothing on its own.

3. The PDF carries its own signature (PAdES baseline-B), so it can be checked on its own:
     pdfsig evidence-pack.pdf
   It must print both "Signature Validation: Signature is Valid." and "Total document signed".
   "Not total document signed" means something was added to the PDF after it was signed (an
   incremental update can repaint any page while the signature still says it is valid): do
   not rely on that PDF. Read the text: pdfsig exits with 0 even when the signature does not
   match. The PDF's signer must be the certificate of step 2, with the same fingerprint:
     pdfsig -dump evidence-pack.pdf
     ${pdfFingerprint}
<#else>

2. This pack is not signed, so SHA256SUMS shows that files changed since it was made only if
   you compare it with a copy you received separately (for example the SHA-256 of the zip in
   the audit ticket).
</#if>

<#if run.redacted>
With auditpack itself, one command does all of this, requires the PDF and SHA256SUMS to be
signed by one certificate (the one signing.json records) and compares results.json and
signing.json with the copies inside the PDF. It prints each signer's certificate fingerprint;
give the one you received by another channel and any other signer fails the check:
  auditpack verify evidence-pack-redacted.zip --expect-fingerprint SHA256
<#else>
With auditpack itself, one command does all of this, requires the PDF and SHA256SUMS to be
signed by one certificate (the one signing.json records), compares results.json,
evidence/index.json and signing.json with the copies inside the PDF, and re-checks evidence/
against evidence/index.json. It prints each signer's certificate fingerprint; give the one
you received by another channel and any other signer fails the check:
  auditpack verify evidence-pack.zip --expect-fingerprint SHA256
</#if>
The PDF can also be checked alone, without the zip: its signature must cover the whole file,
and the evidence inside it must match the index inside it (a pack of more than 1,000 evidence
files carries only the index, which the signature covers; the files are checked in the zip):
  auditpack verify evidence-pack.pdf --expect-fingerprint SHA256

WHAT THE STATUSES MEAN

SATISFIED: every part of the control is evidenced and passes. NOT_SATISFIED: at least one
automated check failed; the failing resources are listed. INHERITED: AWS operates the control
and an AWS report covering the audit period says so. NEEDS_MANUAL_EVIDENCE: no API can show the
control, or not all of it, so the organisation must supply documents. MANUAL_PROVIDED: it has.
GAP: evidence the control depends on could not be collected or read, so nothing is known; a GAP
is never a pass. NOT_APPLICABLE: the control was declared not applicable, with a reason.
