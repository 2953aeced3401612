/** Real AWS-protocol peers for tests: moto server, and small stubs for the operations moto lacks. */
package dev.auditpack.emulator;
