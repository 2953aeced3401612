package dev.auditpack.collector;

import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.Target;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.core.SdkClient;

/**
 * What a collector gets to work with for one target: the SDK clients of the target's account, the
 * settings, and a clock.
 */
public final class CollectionContext {

    private final Target target;
    private final AwsClients clients;
    private final AwsSettings settings;
    private final Clock clock;
    private final String globalRegion;
    private final Attachments attachments;
    private final java.util.Optional<dev.auditpack.evidence.AuditPeriod> period;

    /** Stores a document AWS gave the collector besides its API answers; bound to one collector run. */
    @FunctionalInterface
    public interface Attachments {
        /**
         * Stores {@code content} under the collector's folder of the locker and returns its index entry.
         *
         * @throws IOException when it cannot be written; nothing is then kept
         */
        AttachmentEntry store(String name, String mediaType, String title, boolean confidential, byte[] content)
                throws IOException;

        /**
         * Opens an attachment to be written as a stream, for documents too large for memory; it is stored on
         * {@linkplain dev.auditpack.evidence.AttachmentSink#commit commit}.
         */
        default dev.auditpack.evidence.AttachmentSink open(
                String name, String mediaType, String title, boolean confidential) throws IOException {
            throw new UnsupportedOperationException("this locker stores attachments only whole");
        }
    }

    public CollectionContext(
            Target target, AwsClients clients, AwsSettings settings, Clock clock, Attachments attachments) {
        this(target, clients, settings, clock, attachments, null);
    }

    /** A context that knows the audit period, for collectors that read what happened during it. */
    public CollectionContext(
            Target target,
            AwsClients clients,
            AwsSettings settings,
            Clock clock,
            Attachments attachments,
            dev.auditpack.evidence.AuditPeriod period) {
        this.period = java.util.Optional.ofNullable(period);
        this.target = Objects.requireNonNull(target, "target");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.globalRegion = Partitions.globalRegion(settings.regions().get(0));
        this.attachments = Objects.requireNonNull(attachments, "attachments");
    }

    public Target target() {
        return target;
    }

    /** The client for the target's region, or for the partition's global region when the target is global. */
    public <T extends SdkClient> T client(Class<T> type) {
        return clients.client(type, target.isGlobal() ? globalRegion : target.region());
    }

    /** The client for another region of the same account (e.g. where a bucket lives). */
    public <T extends SdkClient> T client(Class<T> type, String region) {
        return clients.client(type, region);
    }

    /** The region that serves global services in this partition. */
    public String globalRegion() {
        return globalRegion;
    }

    /** Where to store documents that are not API answers (report PDFs); they are listed in the locker's index. */
    public Attachments attachments() {
        return attachments;
    }

    /** The audit period of the run, when the runner knows it. */
    public java.util.Optional<dev.auditpack.evidence.AuditPeriod> period() {
        return period;
    }

    /** The audit period of the run, else the calendar quarter of the clock's day (UTC). */
    public dev.auditpack.evidence.AuditPeriod periodOrQuarter() {
        return period.orElseGet(() -> dev.auditpack.evidence.AuditPeriod.quarterOf(
                java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)));
    }

    public AwsSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** Waits between polls; an interrupt stops the wait and is kept for the caller to see. */
    public boolean pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
