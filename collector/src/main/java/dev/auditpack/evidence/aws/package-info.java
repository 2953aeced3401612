/**
 * What each AWS service's collectors write and its checks read: collector ids, the operation names under which
 * answers are recorded, and readers of the evidence both sides share. Free of the AWS SDK.
 */
package dev.auditpack.evidence.aws;
