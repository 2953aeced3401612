/** Checks on IAM Access Analyzer: resources reachable from outside the account or organization. */
package dev.auditpack.check.accessanalyzer;
