/**
 * Attaching a pack to a ticket: which files of a pack are meant for tickets ({@link TicketFiles}), the ticket
 * summary in Atlassian Document Format ({@link MarkdownAdf}), the Jira Cloud and ServiceNow REST calls, and the
 * order that leaves a ticket with the whole set or none of it ({@link Attachment}).
 */
package dev.auditpack.ticket;
