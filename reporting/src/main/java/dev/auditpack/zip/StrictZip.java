package dev.auditpack.zip;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip read strictly, from its central directory and checked against its local headers. Every byte from the
 * start of the file to the end of the central directory must belong to exactly one entry (its local header,
 * data and data descriptor), so nothing can be smuggled between entries, and no entry overlaps another. Names
 * must be safe to unpack (relative, no {@code ..}, no backslash or drive letter) and unique. Encrypted entries
 * and compression methods other than stored and deflated cannot be read. Reading an entry checks that it
 * inflates to exactly its declared size and CRC-32 and never past the limit the caller gives, so a small zip
 * cannot exhaust memory or disk. What is wrong with the zip as a whole is thrown by {@link #open}; what is wrong
 * with one entry is in {@link #problems()} and thrown when it is read.
 */
public final class StrictZip implements Closeable {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /**
     * One entry as the central directory and its local header describe it.
     *
     * @param name           the entry's name
     * @param method         0 stored, 8 deflated; any other cannot be read
     * @param flags          the general purpose flags
     * @param crc            the CRC-32 of its content
     * @param compressedSize bytes of data in the zip
     * @param size           bytes of content once inflated
     * @param headerOffset   where its local header starts
     * @param dataOffset     where its data starts
     * @param end            where it ends, after any data descriptor
     */
    public record Entry(
            String name,
            int method,
            int flags,
            long crc,
            long compressedSize,
            long size,
            long headerOffset,
            long dataOffset,
            long end) {

        /** Whether it is a folder rather than a file. */
        public boolean isDirectory() {
            return name.endsWith("/");
        }

        /** Whether it is encrypted (traditional or strong encryption). */
        public boolean isEncrypted() {
            return (flags & 0x41) != 0;
        }
    }

    private final FileChannel channel;
    private final List<Entry> entries;
    private final Map<Entry, ZipProblem> problems;

    private StrictZip(FileChannel channel, List<Entry> entries, Map<Entry, ZipProblem> problems) {
        this.channel = channel;
        this.entries = List.copyOf(entries);
        this.problems = problems;
    }

    /**
     * Opens a zip and checks its structure.
     *
     * @throws ZipProblem when it is no complete zip (truncated, no central directory) or its entries cannot be
     *                    told apart (overlapping, bytes between them, a local header that disagrees)
     */
    public static StrictZip open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            StrictZip zip = read(channel);
            channel = null;
            return zip;
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }

    /** The entries, in central directory order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The problems of single entries (unsafe or duplicate names, encryption, unknown methods), in entry order. */
    public List<ZipProblem> problems() {
        return List.copyOf(problems.values());
    }

    /** The problem that keeps {@code entry} from being read or unpacked safely, if any. */
    public java.util.Optional<ZipProblem> problem(Entry entry) {
        return java.util.Optional.ofNullable(problems.get(entry));
    }

    /**
     * The content of an entry, inflated as it is read; it throws a {@link ZipProblem} when the content would pass
     * {@code limit} bytes, ends short of or past its declared size, or fails its CRC-32.
     *
     * @throws ZipProblem when the entry has a problem or its declared size is over {@code limit}
     */
    public InputStream read(Entry entry, long limit) throws ZipProblem {
        ZipProblem problem = problems.get(entry);
        if (problem != null) {
            throw problem;
        }
        if (entry.size() > limit) {
            throw new ZipProblem(entry.name(), "inflates to " + entry.size() + " bytes, over the limit of " + limit);
        }
        return new EntryInput(channel, entry, limit);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static StrictZip read(FileChannel channel) throws IOException {
        long length = channel.size();
        long endAt = findEnd(channel, length);
        ByteBuffer end = buffer(channel, endAt, 22);
        int disk = u16(end, 4);
        int directoryDisk = u16(end, 6);
        long count = u16(end, 10);
        long directorySize = u32(end, 12);
        long directoryAt = u32(end, 16);
        long directoryEnd = endAt;
        if (endAt >= 20 && buffer(channel, endAt - 20, 4).getInt(0) == END64_LOCATOR) {
            ByteBuffer locator = buffer(channel, endAt - 20, 20);
            long end64At = locator.getLong(8);
            if (end64At < 0 || end64At + 56 > endAt - 20) {
                throw new ZipProblem(null, "its zip64 end record lies outside the file");
            }
            ByteBuffer end64 = buffer(channel, end64At, 56);
            if (end64.getInt(0) != END64 || end64.getLong(4) + 12 != endAt - 20 - end64At) {
                throw new ZipProblem(null, "its zip64 end record is damaged");
            }
            disk = end64.getInt(16);
            directoryDisk = end64.getInt(20);
            count = end64.getLong(32);
            directorySize = end64.getLong(40);
            directoryAt = end64.getLong(48);
            directoryEnd = end64At;
        }
        if (disk != 0 || directoryDisk != 0) {
            throw new ZipProblem(null, "is one part of a multi-part zip");
        }
        if (directoryAt < 0 || directorySize < 0 || directoryAt + directorySize != directoryEnd) {
            throw new ZipProblem(
                    null,
                    "its central directory does not end where the end record begins (truncated, " + "or bytes added)");
        }
        if (directorySize > Integer.MAX_VALUE - 8 || count > directorySize / 46 + 1) {
            throw new ZipProblem(null, "its central directory is larger than any zip this tool reads");
        }
        ByteBuffer directory = buffer(channel, directoryAt, (int) directorySize);
        List<Entry> entries = new ArrayList<>();
        Map<Entry, ZipProblem> problems = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        int at = 0;
        for (long i = 0; i < count; i++) {
            Entry entry = central(channel, directory, at, directoryAt);
            at += 46 + u16(directory, at + 28) + u16(directory, at + 30) + u16(directory, at + 32);
            entries.add(entry);
            String unsafe = unsafe(entry.name());
            if (unsafe != null) {
                problems.put(entry, new ZipProblem(entry.name(), unsafe));
            } else if (!names.add(entry.name())) {
                problems.put(
                        entry,
                        new ZipProblem(
                                entry.name(), "is in the zip more than once; tools may unpack " + "either copy"));
            } else if (entry.isEncrypted()) {
                problems.put(entry, new ZipProblem(entry.name(), "is encrypted, so its content cannot be read"));
            } else if (entry.method() != STORED && entry.method() != DEFLATED) {
                problems.put(
                        entry,
                        new ZipProblem(
                                entry.name(),
                                "uses compression method " + entry.method()
                                        + ", which this tool does not read (only stored and deflated)"));
            }
        }
        if (at != directorySize) {
            throw new ZipProblem(
                    null,
                    "its central directory holds " + (directorySize - at) + " bytes after its " + count + " entries");
        }
        contiguous(entries, directoryAt);
        return new StrictZip(channel, entries, problems);
    }

    /** Finds the end of central directory record: the last one whose comment runs exactly to the end of the file. */
    private static long findEnd(FileChannel channel, long length) throws IOException {
        int tail = (int) Math.min(length, 22 + 0xFFFF);
        if (tail < 22) {
            throw new ZipProblem(null, "is not a zip (too short; truncated?)");
        }
        ByteBuffer bytes = buffer(channel, length - tail, tail);
        for (int i = tail - 22; i >= 0; i--) {
            if (bytes.getInt(i) == END && i + 22 + u16(bytes, i + 20) == tail) {
                return length - tail + i;
            }
        }
        throw new ZipProblem(null, "is not a complete zip: no end of central directory (truncated?)");
    }

    private static Entry central(FileChannel channel, ByteBuffer dir, int at, long directoryAt) throws IOException {
        if (at + 46 > dir.limit() || dir.getInt(at) != CENTRAL) {
            throw new ZipProblem(null, "its central directory is damaged at byte " + (directoryAt + at));
        }
        int flags = u16(dir, at + 8);
        int method = u16(dir, at + 10);
        long crc = u32(dir, at + 16);
        long compressed = u32(dir, at + 20);
        long size = u32(dir, at + 24);
        int nameLength = u16(dir, at + 28);
        int extraLength = u16(dir, at + 30);
        long offset = u32(dir, at + 42);
        if (at + 46 + nameLength + extraLength + u16(dir, at + 32) > dir.limit()) {
            throw new ZipProblem(null, "its central directory is damaged at byte " + (directoryAt + at));
        }
        byte[] nameBytes = new byte[nameLength];
        dir.get(at + 46, nameBytes);
        String name = new String(nameBytes, StandardCharsets.UTF_8);
        int extra = at + 46 + nameLength;
        for (int e = extra; e + 4 <= extra + extraLength; e += 4 + u16(dir, e + 2)) {
            if (u16(dir, e) == 1) {
                int field = e + 4;
                int fieldEnd = field + u16(dir, e + 2);
                if (size == MAX32 && field + 8 <= fieldEnd) {
                    size = dir.getLong(field);
                    field += 8;
                }
                if (compressed == MAX32 && field + 8 <= fieldEnd) {
                    compressed = dir.getLong(field);
                    field += 8;
                }
                if (offset == MAX32 && field + 8 <= fieldEnd) {
                    offset = dir.getLong(field);
                }
            }
        }
        if (size < 0 || compressed < 0 || offset < 0 || offset + 30 > directoryAt) {
            throw new ZipProblem(name, "its local header lies outside the entries");
        }
        ByteBuffer local = buffer(channel, offset, 30);
        if (local.getInt(0) != LOCAL) {
            throw new ZipProblem(name, "has no local header where the central directory says it starts");
        }
        int localName = u16(local, 26);
        int localExtra = u16(local, 28);
        byte[] localNameBytes = buffer(channel, offset + 30, localName).array();
        if (!Arrays.equals(localNameBytes, nameBytes)
                || u16(local, 8) != method
                || (u16(local, 6) & 0x49) != (flags & 0x49)) {
            throw new ZipProblem(
                    name, "its local header disagrees with the central directory (name, method or " + "flags)");
        }
        long dataAt = offset + 30 + localName + localExtra;
        long end = dataAt + compressed;
        if ((flags & 0x08) != 0) {
            end += descriptor(channel, end, directoryAt, crc, compressed, size, name);
        } else if (u32(local, 14) != crc) {
            throw new ZipProblem(name, "its local header gives another CRC-32 than the central directory");
        }
        if (end > directoryAt) {
            throw new ZipProblem(name, "its data runs into the central directory");
        }
        return new Entry(name, method, flags, crc, compressed, size, offset, dataAt, end);
    }

    /** The length of the data descriptor at {@code at}, which must repeat the CRC-32 and sizes. */
    private static int descriptor(
            FileChannel channel, long at, long limit, long crc, long compressed, long size, String name)
            throws IOException {
        ByteBuffer d = buffer(channel, at, (int) Math.max(0, Math.min(24, limit - at)));
        int n = d.limit();
        boolean signed = n >= 4 && d.getInt(0) == DESCRIPTOR;
        int s = signed ? 4 : 0;
        if (n >= s + 20 && u32(d, s) == crc && d.getLong(s + 4) == compressed && d.getLong(s + 12) == size) {
            return s + 20;
        }
        if (n >= s + 12 && u32(d, s) == crc && u32(d, s + 4) == compressed && u32(d, s + 8) == size) {
            return s + 12;
        }
        throw new ZipProblem(name, "its data descriptor is missing or disagrees with the central directory");
    }

    /** Every byte before the central directory belongs to exactly one entry. */
    private static void contiguous(List<Entry> entries, long directoryAt) throws ZipProblem {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::headerOffset));
        long next = 0;
        for (Entry e : byOffset) {
            if (e.headerOffset() < next) {
                throw new ZipProblem(e.name(), "overlaps the entry before it");
            }
            if (e.headerOffset() > next) {
                throw new ZipProblem(
                        e.name(),
                        (e.headerOffset() - next) + " bytes lie before it that belong to no "
                                + "entry (another local header or data smuggled between entries)");
            }
            next = e.end();
        }
        if (next != directoryAt) {
            throw new ZipProblem(
                    null,
                    (directoryAt - next) + " bytes lie between the last entry and the central "
                            + "directory that belong to no entry");
        }
    }

    /** Why a name is unsafe to unpack, or null. */
    private static String unsafe(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "has an absolute path";
        }
        if (name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            return "has a backslash or NUL in its name";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return "has '..' in its path, so unpacking it would write outside the folder";
            }
        }
        return null;
    }

    private static ByteBuffer buffer(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new ZipProblem(null, "ends early (truncated)");
            }
        }
        return b.flip();
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAX32;
    }

    /** An entry's content, inflated as read, checked against its size, CRC-32 and the caller's limit. */
    private static final class EntryInput extends InputStream {
        private final FileChannel channel;
        private final Entry entry;
        private final long limit;
        private final Inflater inflater;
        private final CRC32 crc = new CRC32();
        private final ByteBuffer input = ByteBuffer.allocate(1 << 16);
        private long position;
        private long count;
        private boolean dummy;
        private boolean done;

        EntryInput(FileChannel channel, Entry entry, long limit) {
            this.channel = channel;
            this.entry = entry;
            this.limit = limit;
            this.position = entry.dataOffset();
            this.inflater = entry.method() == DEFLATED ? new Inflater(true) : null;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = inflater == null ? stored(b, off, len) : inflated(b, off, len);
            if (n < 0) {
                finish();
                return -1;
            }
            count += n;
            if (count > limit || count > entry.size()) {
                throw new ZipProblem(
                        entry.name(),
                        count > limit
                                ? "inflates past the limit of " + limit + " bytes"
                                : "inflates past its declared size of " + entry.size() + " bytes");
            }
            crc.update(b, off, n);
            return n;
        }

        private int stored(byte[] b, int off, int len) throws IOException {
            long left = entry.dataOffset() + entry.compressedSize() - position;
            if (left <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
            if (n < 0) {
                throw new ZipProblem(entry.name(), "ends early (truncated)");
            }
            position += n;
            return n;
        }

        private int inflated(byte[] b, int off, int len) throws IOException {
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished()) {
                        if (inflater.getRemaining() > (dummy ? 1 : 0)
                                || position < entry.dataOffset() + entry.compressedSize()) {
                            throw new ZipProblem(entry.name(), "holds bytes after the end of its compressed data");
                        }
                        return -1;
                    }
                    if (inflater.needsDictionary()) {
                        throw new ZipProblem(entry.name(), "is not valid deflate data");
                    }
                    if (inflater.needsInput()) {
                        fill();
                    }
                }
            } catch (DataFormatException e) {
                throw new ZipProblem(entry.name(), "is not valid deflate data (" + e.getMessage() + ")");
            }
        }

        private void fill() throws IOException {
            long left = entry.dataOffset() + entry.compressedSize() - position;
            if (left <= 0) {
                if (dummy) {
                    throw new ZipProblem(entry.name(), "its compressed data ends early (truncated)");
                }
                // Inflating without a zlib wrapper may need one byte past the data to finish.
                dummy = true;
                inflater.setInput(new byte[1]);
                return;
            }
            input.clear().limit((int) Math.min(input.capacity(), left));
            int n = channel.read(input, position);
            if (n <= 0) {
                throw new ZipProblem(entry.name(), "ends early (truncated)");
            }
            position += n;
            inflater.setInput(input.array(), 0, n);
        }

        private void finish() throws ZipProblem {
            done = true;
            if (count != entry.size()) {
                throw new ZipProblem(
                        entry.name(),
                        "inflates to " + count + " bytes, not the " + entry.size() + " its header declares");
            }
            if (crc.getValue() != entry.crc()) {
                throw new ZipProblem(entry.name(), "fails its CRC-32 check (damaged or altered)");
            }
        }

        @Override
        public void close() {
            if (inflater != null) {
                inflater.end();
            }
        }
    }
}
