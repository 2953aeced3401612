/** Manual evidence: documents an API cannot show (policies, training, HR records), each described by a small metadata file. */
package dev.auditpack.manual;
