/** Writes the report model as a streamed Excel workbook, one sheet per table an auditor filters. */
package dev.auditpack.report.excel;
