package dev.auditpack.collector.aws.cloudtrail;

import java.io.IOException;
import java.time.LocalDate;
import software.amazon.awssdk.core.exception.SdkException;

/** A source of one region's management events, read a day at a time. */
interface DaySource {

    /** What reading one day gave: its files and events, and why the day is a GAP if it is one. */
    record Day(int files, long events, String gapReason) {
        boolean covered() {
            return gapReason == null;
        }
    }

    /** The name recorded as the day's source: {@code TrailLogs} or {@code LookupEvents}. */
    String name();

    /**
     * Reads the day's events into {@code out} (without ending the day).
     *
     * @throws Failed when the source cannot be used any more (bucket not readable, throttled past retries)
     */
    Day read(LocalDate day, PopulationFiles out) throws Failed, IOException;

    /** The source failed as a whole; its error is to be recorded with the days it leaves unread. */
    final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient dev.auditpack.collector.Operation operation;
        private final String resource;

        Failed(dev.auditpack.collector.Operation operation, String resource, SdkException cause) {
            super(cause);
            this.operation = operation;
            this.resource = resource;
        }

        dev.auditpack.collector.Operation operation() {
            return operation;
        }

        String resource() {
            return resource;
        }

        SdkException sdkCause() {
            return (SdkException) getCause();
        }
    }
}
