package dev.auditpack.collector.aws.cloudtrail;

import dev.auditpack.collector.CollectionContext;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The population side of {@code cloudtrail.events} at scale: gzipped CloudTrail log files on disk (generated once,
 * about 1 KB per event, 5 % of them in some population) are each stored in a locker as an attachment, gunzipped and
 * parsed as a stream, and their population events appended to the population files, exactly as the collector does
 * after GetObject. The S3 transfer itself is not measured. Run with {@code bench/populations.sh}.
 *
 * <p>Arguments: {@code events eventsPerFile days folder}.
 */
public final class PopulationBenchmark {

    private static final String[][] POPULATION_EVENTS = {
        {"iam.amazonaws.com", "CreateUser", "{\"userName\":\"u%d\"}"},
        {"iam.amazonaws.com", "AttachUserPolicy", "{\"userName\":\"u%d\",\"policyArn\":\"arn:aws:iam::aws:policy/X\"}"},
        {"iam.amazonaws.com", "DeleteAccessKey", "{\"userName\":\"u%d\",\"accessKeyId\":\"AKIA%d\"}"},
        {"ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "{\"groupId\":\"sg-%d\"}"},
        {"cloudformation.amazonaws.com", "UpdateStack", "{\"stackName\":\"stack-%d\"}"},
        {"kms.amazonaws.com", "ScheduleKeyDeletion", "{\"keyId\":\"k-%d\"}"}
    };
    private static final String[][] NOISE = {
        {"ec2.amazonaws.com", "DescribeInstances", "{\"maxResults\":%d}"},
        {"sts.amazonaws.com", "AssumeRole", "{\"roleArn\":\"arn:aws:iam::111122223333:role/r%d\"}"},
        {"s3.amazonaws.com", "ListBuckets", "{\"n\":%d}"},
        {"kms.amazonaws.com", "Decrypt", "{\"encryptionContext\":{\"k\":\"%d\"}}"}
    };

    private PopulationBenchmark() {}

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        Path folder = Path.of(args.length > 3 ? args[3] : "target/bench-cloudtrail");
        long files = (events + perFile - 1) / perFile;
        LocalDate first = LocalDate.of(2026, 7, 1);
        long generated = System.nanoTime();
        boolean made = generate(folder, files, perFile, days, first);
        double generation = (System.nanoTime() - generated) / 1e9;

        Path locker = Files.createTempDirectory("bench-locker");
        LockerWriter writer = LockerWriter.create(locker, false);
        CollectionContext.Attachments attachments = new CollectionContext.Attachments() {
            @Override
            public AttachmentEntry store(String name, String type, String title, boolean conf, byte[] content)
                    throws IOException {
                return writer.attach(
                        "cloudtrail.events", "123456789012", "us-east-1", name, type, title, conf, content);
            }

            @Override
            public dev.auditpack.evidence.AttachmentSink open(String name, String type, String title, boolean conf)
                    throws IOException {
                return writer.openAttachment("cloudtrail.events", "123456789012", "us-east-1", name, type, title, conf);
            }
        };
        long peak = 0;
        java.util.concurrent.atomic.AtomicLong storing = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong parsing = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        long cpuStart = processCpu();
        try (PopulationFiles out = new PopulationFiles(attachments)) {
            for (int d = 0; d < days; d++) {
                Path dayDir = folder.resolve(first.plusDays(d).toString());
                if (!Files.isDirectory(dayDir)) {
                    continue;
                }
                List<Path> logs;
                try (Stream<Path> list = Files.list(dayDir)) {
                    logs = list.sorted().toList();
                }
                List<java.util.concurrent.Future<List<PopulationEvent>>> reads = new java.util.ArrayList<>();
                for (Path log : logs) {
                    reads.add(FileReads.submit(() -> {
                        byte[] bytes = Files.readAllBytes(log);
                        long t0 = System.nanoTime();
                        AttachmentEntry stored =
                                attachments.store("log-" + log.getFileName(), "application/gzip", "log", false, bytes);
                        long t1 = System.nanoTime();
                        List<PopulationEvent> kept = new java.util.ArrayList<>();
                        long n = TrailLogs.parse(bytes, stored, e -> {
                            if (!Populations.of(e).isEmpty()) {
                                kept.add(e);
                            }
                        });
                        storing.addAndGet(t1 - t0);
                        parsing.addAndGet(System.nanoTime() - t1);
                        read.addAndGet(n);
                        return kept;
                    }));
                }
                for (var future : reads) {
                    FileReads.await(future).forEach(out::offer);
                }
                out.endDay();
                peak = Math.max(peak, heapUsed());
            }
            Map<String, AttachmentEntry> written = out.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpu() - cpuStart) / 1e9;
            long populated =
                    out.counts().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("| events read | %,d |%n", read.get());
            System.out.printf("| log files | %,d (%d days, %,d events each) |%n", files, days, perFile);
            System.out.printf("| population events written | %,d in %d files |%n", populated, written.size());
            System.out.printf(
                    "| wall time, %d reader threads | %.1f s (%,.0f events/s) |%n",
                    FileReads.THREADS, seconds, read.get() / seconds);
            System.out.printf(
                    "| storing the files (written, flushed to disk), summed over threads | %.1f s |%n",
                    storing.get() / 1e9);
            System.out.printf("| gunzip, parse and classify, summed over threads | %.1f s |%n", parsing.get() / 1e9);
            System.out.printf(
                    "| CPU time of the process | %.1f s (%,.0f events per CPU second) |%n", cpu, read.get() / cpu);
            System.out.printf("| max heap | %d MiB |%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("| peak heap in use, sampled after each day | %d MiB |%n", peak >> 20);
            System.out.printf(
                    "| generation of the files | %s |%n", made ? String.format("%.1f s", generation) : "reused");
        }
        deleteTree(locker);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** Writes the log files unless the folder already holds them. */
    private static boolean generate(Path folder, long files, int perFile, int days, LocalDate first)
            throws IOException {
        Path done = folder.resolve(".complete-" + files + "x" + perFile + "x" + days);
        if (Files.exists(done)) {
            return false;
        }
        if (Files.exists(folder)) {
            deleteTree(folder); // files of another size would be read too
        }
        Random random = new Random(42);
        long n = 0;
        for (long f = 0; f < files; f++) {
            LocalDate day = first.plusDays(f * days / files);
            Path dir = Files.createDirectories(folder.resolve(day.toString()));
            Path file = dir.resolve(String.format(
                    "123456789012_CloudTrail_us-east-1_%sT0000Z_%08d.json.gz",
                    day.toString().replace("-", ""), f));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }) {
                StringBuilder sb = new StringBuilder(perFile * 1100).append("{\"Records\":[");
                for (int i = 0; i < perFile; i++, n++) {
                    String[] kind = random.nextInt(100) < 5
                            ? POPULATION_EVENTS[random.nextInt(POPULATION_EVENTS.length)]
                            : NOISE[random.nextInt(NOISE.length)];
                    if (i > 0) {
                        sb.append(',');
                    }
                    record(sb, kind, day, i, n, random);
                }
                out.write(sb.append("]}").toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(done, "");
        return true;
    }

    private static void record(StringBuilder sb, String[] kind, LocalDate day, int i, long n, Random random) {
        int second = (int) ((long) i * 86_400 / 5_000 % 86_400);
        String time = String.format("%sT%02d:%02d:%02dZ", day, second / 3600, second / 60 % 60, second % 60);
        sb.append(
                        "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:")
                .append("session-")
                .append(random.nextInt(1000))
                .append("\",\"arn\":\"arn:aws:sts::123456789012:assumed-role/Admin/session-")
                .append(random.nextInt(1000))
                .append("\",\"accountId\":\"123456789012\",\"accessKeyId\":\"ASIAEXAMPLE\",\"sessionContext\":")
                .append("{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROAEXAMPLE\",\"arn\":")
                .append(
                        "\"arn:aws:iam::123456789012:role/Admin\",\"accountId\":\"123456789012\",\"userName\":\"Admin\"},")
                .append("\"attributes\":{\"creationDate\":\"")
                .append(time)
                .append("\",\"mfaAuthenticated\":\"true\"}}},")
                .append("\"eventTime\":\"")
                .append(time)
                .append("\",\"eventSource\":\"")
                .append(kind[0])
                .append("\",\"eventName\":\"")
                .append(kind[1])
                .append("\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"198.51.100.")
                .append(random.nextInt(255))
                .append("\",\"userAgent\":\"aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64.amzn.2 prompt/off\",")
                .append("\"requestParameters\":")
                .append(String.format(kind[2], n, n))
                .append(",\"responseElements\":null,\"requestID\":\"")
                .append(new UUID(n, 7))
                .append("\",\"eventID\":\"")
                .append(new UUID(n, 42))
                .append("\",\"readOnly\":false,\"eventType\":\"AwsApiCall\",\"managementEvent\":true,")
                .append("\"recipientAccountId\":\"123456789012\",\"eventCategory\":\"Management\",")
                .append("\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\",")
                .append("\"clientProvidedHostHeader\":\"")
                .append(kind[0])
                .append("\"}}");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
