/** Checks on Elastic Load Balancing (v2): listeners that enforce TLS, and the TLS versions their policies accept. */
package dev.auditpack.check.elbv2;
