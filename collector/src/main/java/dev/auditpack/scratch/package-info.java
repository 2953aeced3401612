/** Temporary files and folders, removed however the program ends, Ctrl-C included. */
package dev.auditpack.scratch;
