package dev.auditpack.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zips byte by byte, stored entries only, so tests can build what no zip library writes: local headers the
 * central directory does not list, entries that overlap, flags and names of any kind.
 */
public final class ZipBytes {

    private record Local(String name, byte[] data, int flags, long offset) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Local> locals = new ArrayList<>();
    private final List<byte[]> central = new ArrayList<>();

    /** Writes a local header and data; returns its index for {@link #list}. */
    public int local(String name, String content, int flags) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        ByteBuffer h = le(30);
        h.putInt(0x04034b50)
                .putShort((short) 20)
                .putShort((short) flags)
                .putShort((short) 0)
                .putInt(0)
                .putInt((int) crc(data))
                .putInt(data.length)
                .putInt(data.length)
                .putShort((short) n.length)
                .putShort((short) 0);
        out.writeBytes(h.array());
        out.writeBytes(n);
        out.writeBytes(data);
        locals.add(new Local(name, data, flags, offset));
        return locals.size() - 1;
    }

    /** Lists local entry {@code index} in the central directory, as {@code name}, starting at {@code offset}. */
    public ZipBytes list(int index, String name, long offset) {
        Local l = locals.get(index);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer c = le(46 + n.length);
        c.putInt(0x02014b50)
                .putShort((short) 20)
                .putShort((short) 20)
                .putShort((short) l.flags())
                .putShort((short) 0)
                .putInt(0)
                .putInt((int) crc(l.data()))
                .putInt(l.data().length)
                .putInt(l.data().length)
                .putShort((short) n.length)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt(0)
                .putInt((int) offset)
                .put(n);
        central.add(c.array());
        return this;
    }

    /** Lists local entry {@code index} as it was written. */
    public ZipBytes list(int index) {
        return list(index, locals.get(index).name(), locals.get(index).offset());
    }

    /** Adds bytes that belong to no entry. */
    public ZipBytes raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Writes the central directory and end record to {@code file}. */
    public Path write(Path file) throws IOException {
        long at = out.size();
        int size = 0;
        for (byte[] c : central) {
            out.writeBytes(c);
            size += c.length;
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) central.size())
                .putShort((short) central.size())
                .putInt(size)
                .putInt((int) at)
                .putShort((short) 0);
        out.writeBytes(end.array());
        return Files.write(file, out.toByteArray());
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
