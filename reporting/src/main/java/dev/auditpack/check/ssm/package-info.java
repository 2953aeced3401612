/** Checks on Systems Manager: how far the instances it manages are patched. */
package dev.auditpack.check.ssm;
