/** Identity and access evidence: account summary, password policy, credential report. */
package dev.auditpack.collector.aws.iam;
