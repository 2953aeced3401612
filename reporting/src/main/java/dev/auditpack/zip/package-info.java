/** Reading zips strictly: every byte accounted for, names safe to unpack, inflation bounded, or a named problem. */
package dev.auditpack.zip;
