/** The user's scope statement and control owners: the scope and owners files, read and checked. */
package dev.auditpack.system;
