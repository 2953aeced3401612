/**
 * Findings of other scanners, read as supporting evidence: Prowler's JSON-OCSF output and AWS Security Hub
 * findings in ASFF, from files the user gives ({@code --import}) or from the locker's {@code securityhub.findings},
 * mapped to the frameworks' controls through {@code frameworks/imports/scanner-map.yaml}. They never change a
 * control's status.
 */
package dev.auditpack.imports;
