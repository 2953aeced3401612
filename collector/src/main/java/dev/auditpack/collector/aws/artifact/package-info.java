/** AWS's own attestations (SOC reports, ISO certificates) listed through AWS Artifact, and, when asked, downloaded. */
package dev.auditpack.collector.aws.artifact;
