/** AWS Organizations evidence: the organization, its roots, organizational units and member accounts. */
package dev.auditpack.collector.aws.organizations;
