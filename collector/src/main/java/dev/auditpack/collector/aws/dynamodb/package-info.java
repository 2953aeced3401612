/** DynamoDB evidence: tables, their encryption and point-in-time recovery. */
package dev.auditpack.collector.aws.dynamodb;
