/** The PDF: Freemarker templates rendered to XHTML, then to PDF/A by openhtmltopdf on PDFBox. */
package dev.auditpack.report.pdf;
