/** Elastic Load Balancing (v2) evidence: application, network and gateway load balancers and their listeners. */
package dev.auditpack.collector.aws.elbv2;
