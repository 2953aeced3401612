/**
 * Evidence lockers and packs kept in S3 under Object Lock: {@link dev.auditpack.collector.locker.S3Locker} publishes
 * a local locker, pack folder or pack zip to {@code s3://bucket/prefix} (each object with its SHA-256 checked by S3
 * on arrival and, when asked, under retention; the manifest last), downloads a published set back to a folder,
 * checking every object, and checks one where it is stored. See docs/s3-locker.md.
 */
package dev.auditpack.collector.locker;
