/** The responsibility profile: for the AWS services found in the evidence, what AWS does and what the customer must do. */
package dev.auditpack.profile;
