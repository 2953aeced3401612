/** Frameworks as data: ISO/IEC 27001:2022, SOC 2 and the user's own, loaded from YAML files. */
package dev.auditpack.framework;
