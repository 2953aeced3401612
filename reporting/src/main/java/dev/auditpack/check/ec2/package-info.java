/** Checks on EC2: security groups, network ACLs, VPC flow logs, instances under Systems Manager, and EBS encryption. */
package dev.auditpack.check.ec2;
