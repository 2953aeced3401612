/** Real AWS-protocol peers for tests: moto server, the emulator gateway in front of it, and small stubs for the operations moto lacks. */
package dev.auditpack.emulator;
