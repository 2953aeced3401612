/** Checks on EC2 storage: EBS encryption by default and of each volume. */
package dev.auditpack.check.ec2;
