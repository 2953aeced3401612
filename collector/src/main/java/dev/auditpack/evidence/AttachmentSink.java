package dev.auditpack.evidence;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An attachment written as a stream, for documents too large to hold in memory (a population of millions of
 * CloudTrail events). The bytes go to a hidden temporary file beside the target and are hashed on the way;
 * {@link #commit} flushes them to disk and renames the file into place, {@link #close} without a commit
 * removes it. Not thread-safe.
 */
public final class AttachmentSink implements Closeable {

    /** Called once the file is in place, to list it. */
    @FunctionalInterface
    interface Committer {
        AttachmentEntry committed(String sha256, long size) throws IOException;
    }

    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final MessageDigest digest = Digests.newSha256();
    private final OutputStream out;
    private final Committer committer;
    private long size;
    private AttachmentEntry entry;

    AttachmentSink(Path target, Committer committer) throws IOException {
        this.target = target;
        this.committer = committer;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.tmp = dir.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream file = Channels.newOutputStream(channel);
        this.out = new BufferedOutputStream(
                new FilterOutputStream(file) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        digest.update(b, off, len);
                        size += len;
                        file.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void close() {
                        // the sink closes the channel itself
                    }
                },
                1 << 16);
    }

    /** Where to write the document's bytes; never close it, commit or close the sink instead. */
    public OutputStream out() {
        return out;
    }

    /** Puts the file in place and returns its index entry; it joins the index with its collector's evidence. */
    public AttachmentEntry commit() throws IOException {
        if (entry != null) {
            return entry;
        }
        out.flush();
        channel.force(true);
        channel.close();
        AtomicFiles.move(tmp, target);
        entry = committer.committed(HexFormat.of().formatHex(digest.digest()), size);
        return entry;
    }

    /** Removes the temporary file unless the sink was committed. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
        Files.deleteIfExists(tmp);
    }
}
