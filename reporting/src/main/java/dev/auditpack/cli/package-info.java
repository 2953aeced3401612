/** The command line: the only package that talks to standard output and standard error. */
package dev.auditpack.cli;
