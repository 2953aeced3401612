/** Benchmarks run by hand (see {@code bench/}); they report figures and are never timed unit tests. */
package dev.auditpack.bench;
