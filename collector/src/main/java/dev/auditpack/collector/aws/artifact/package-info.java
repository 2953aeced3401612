/** AWS's own attestations (SOC reports, ISO certificates) listed through AWS Artifact. */
package dev.auditpack.collector.aws.artifact;
