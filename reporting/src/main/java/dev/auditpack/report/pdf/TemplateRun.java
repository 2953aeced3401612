package dev.auditpack.report.pdf;

import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rendering of a template, bounded in time and in the length of what it writes, so a loop that never ends
 * ({@code <#list 1..>}) stops with the template and line it was at. The rendering runs on its own thread; at the
 * time limit the thread is interrupted, which the checks Freemarker was asked to put in every loop body turn into
 * an exception.
 */
final class TemplateRun {

    private static final Pattern FRAME = Pattern.compile("in template \"([^\"]+)\" at line (\\d+), column (\\d+)");

    /**
     * Where a template stopped, or null when it could not be told.
     *
     * @param template the template's name in its folder
     * @param line     1-based line
     * @param column   1-based column
     */
    record Place(String template, int line, int column) {}

    /** A template stopped at a limit. */
    static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Place place;

        Stopped(String problem, Place place) {
            super(problem);
            this.place = place;
        }

        /** Where it stopped; null when not known. */
        Place place() {
            return place;
        }
    }

    private TemplateRun() {}

    /**
     * Renders {@code template} with {@code data}.
     *
     * @throws Stopped when it runs past {@code limit} or writes more than {@code maxChars}
     */
    static String render(Template template, Map<String, Object> data, Duration limit, long maxChars)
            throws IOException, TemplateException {
        AtomicReference<Environment> env = new AtomicReference<>();
        FutureTask<String> task = new FutureTask<>(() -> {
            Bounded out = new Bounded(maxChars);
            Environment e = template.createProcessingEnvironment(data, out);
            env.set(e);
            e.process();
            return out.text.toString();
        });
        Thread thread = new Thread(task, "auditpack-template");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Place place = env.get() == null ? null : placeOf(env.get());
            thread.interrupt();
            awaitEnd(thread);
            throw new Stopped(
                    "still rendering after " + limit.toSeconds() + " s, the limit: a loop that does not end, "
                            + "or one over far too many items?",
                    place);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("the rendering was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof TemplateException te) {
                throw te;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void awaitEnd(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The innermost template frame of a running environment, read from its FTL stack trace. */
    private static Place placeOf(Environment env) {
        StringWriter stack = new StringWriter();
        try {
            env.outputInstructionStack(new PrintWriter(stack));
        } catch (RuntimeException e) {
            // read while the rendering thread moves on: best effort
            return null;
        }
        Matcher m = FRAME.matcher(stack.toString());
        return m.find() ? new Place(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
    }

    /** Collects the output, refusing to grow past a limit, and says where the template was when it did. */
    private static final class Bounded extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (text.length() + (long) length > max) {
                Environment env = Environment.getCurrentEnvironment();
                throw new Stopped(
                        "writes more than " + (max >> 20) + " Mi characters, the limit: a loop that "
                                + "does not end, or one over far too many items?",
                        env == null ? null : placeOf(env));
            }
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }
    }
}
