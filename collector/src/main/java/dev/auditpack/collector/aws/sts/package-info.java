/** Who the credentials belong to (AWS Security Token Service). */
package dev.auditpack.collector.aws.sts;
