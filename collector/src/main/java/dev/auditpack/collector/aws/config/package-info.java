/** AWS Config evidence: whether configuration changes are recorded and delivered, and the rules that judge them. */
package dev.auditpack.collector.aws.config;
