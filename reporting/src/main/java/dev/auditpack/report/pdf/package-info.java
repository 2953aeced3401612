/** The PDF: Freemarker templates rendered to XHTML, then to PDF/A-3a by openhtmltopdf on PDFBox, with the evidence attached. */
package dev.auditpack.report.pdf;
