/** Checks on AWS Config: whether it records configuration changes, and what its rules find. */
package dev.auditpack.check.config;
