/** The one typed report model every output is written from. */
package dev.auditpack.report;
