/** Systems Manager evidence: which instances SSM manages and how far each is patched. */
package dev.auditpack.collector.aws.ssm;
