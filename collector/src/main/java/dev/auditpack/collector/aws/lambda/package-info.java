/** AWS Lambda evidence: which functions exist, without their environment values. */
package dev.auditpack.collector.aws.lambda;
