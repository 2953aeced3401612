/** EC2 evidence: VPCs and subnets, security groups, network ACLs, flow logs, instances and EBS settings. */
package dev.auditpack.collector.aws.ec2;
