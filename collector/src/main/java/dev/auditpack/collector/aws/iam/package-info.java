/**
 * Identity and access evidence: account summary, password policy, credential report, users with their MFA,
 * keys and console passwords, virtual MFA devices, and who is granted what.
 */
package dev.auditpack.collector.aws.iam;
