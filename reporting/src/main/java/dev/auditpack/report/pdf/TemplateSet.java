package dev.auditpack.report.pdf;

import dev.auditpack.input.InputException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.OrMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XHTMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * The templates, style sheet and fonts of the PDF, and the templates of the pack's plain-text files (README.txt,
 * the ticket summary: names ending in {@value #PLAIN_TEXT} or {@value #MARKDOWN}, rendered without HTML escaping).
 * Files in the user's directory (if given) win over the
 * defaults shipped in the jar, file by file, so a user can copy and edit only what they need. Templates
 * run sandboxed: they cannot create Java objects or reach the Java API, read only plain files inside their
 * folder, and are stopped, with the template and line, when they run too long or write too much.
 */
public final class TemplateSet {

    /** Folder of the shipped defaults on the class path. */
    static final String DEFAULTS = "templates";
    /** Ending of the templates of plain-text files, rendered without HTML escaping. */
    public static final String PLAIN_TEXT = ".txt.ftl";
    /** Ending of the templates of Markdown files, rendered without HTML escaping. */
    public static final String MARKDOWN = ".md.ftl";
    /** How long one rendering of the templates may take; the largest packs render in a few seconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    /** How many characters one rendering may write (XHTML or text). */
    static final long OUTPUT_LIMIT = 64L << 20;

    private final Path userDir;
    private final TemplateFolder folder;
    private final Configuration config;
    private final Duration timeLimit;
    private final long outputLimit;

    private TemplateSet(Path userDir, Duration timeLimit, long outputLimit) {
        this.userDir = userDir;
        this.folder = userDir == null ? null : new TemplateFolder(userDir);
        this.config = configure(folder);
        this.timeLimit = timeLimit;
        this.outputLimit = outputLimit;
    }

    /** The shipped templates. */
    public static TemplateSet defaults() {
        return new TemplateSet(null, TIME_LIMIT, OUTPUT_LIMIT);
    }

    /** The user's templates in {@code dir}, falling back to the shipped ones for files it lacks. */
    public static TemplateSet from(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "is not a directory of templates");
        }
        return new TemplateSet(dir, TIME_LIMIT, OUTPUT_LIMIT);
    }

    /** The same templates with other limits, so tests need not wait for the real ones. */
    TemplateSet withLimits(Duration time, long outputChars) {
        return new TemplateSet(userDir, time, outputChars);
    }

    /** The user's template folder, if one was given. */
    Optional<Path> folder() {
        return Optional.ofNullable(userDir);
    }

    /**
     * Renders a template to text.
     *
     * @throws InputException naming the template, line and problem when it does not parse, fails to render, reads a
     *                        file it may not, or runs past a limit
     */
    public String render(String name, Map<String, Object> data) {
        try {
            Template template = config.getTemplate(name);
            return TemplateRun.render(template, data, timeLimit, outputLimit);
        } catch (ParseException e) {
            throw new InputException(
                    describe(e.getTemplateName(), name),
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + firstLine(e.getEditorMessage()),
                    e);
        } catch (TemplateException e) {
            TemplateFolder.Refused refused = refusal(e);
            String at = "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": ";
            if (refused != null) {
                throw new InputException(
                        describe(e.getTemplateSourceName(), name),
                        at + "includes " + refused.reason().source() + ", which "
                                + refused.reason().problem(),
                        e);
            }
            throw new InputException(
                    describe(e.getTemplateSourceName(), name), at + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (TemplateRun.Stopped e) {
            TemplateRun.Place at = e.place();
            throw new InputException(
                    describe(at == null ? null : at.template(), name),
                    (at == null ? "" : "line " + at.line() + ", column " + at.column() + ": ") + e.getMessage(),
                    e);
        } catch (TemplateFolder.Refused e) {
            throw e.reason();
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new InputException(describe(null, name), "template not found", e);
        } catch (IOException e) {
            throw new InputException(describe(null, name), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a non-template resource (a font, a logo), from the user's directory if it has it. */
    public Optional<byte[]> resource(String name) {
        try {
            if (folder != null) {
                byte[] own = folder.read(name);
                if (own != null) {
                    return Optional.of(own);
                }
            }
            try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(DEFAULTS + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (TemplateFolder.Refused e) {
            throw e.reason();
        } catch (IOException e) {
            throw new InputException(describe(null, name), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The template's file as a user would find it: a path in their folder, or the built-in one. */
    String describe(String templateName, String fallback) {
        String n = templateName == null ? fallback : templateName;
        if (userDir != null && Files.isRegularFile(userDir.resolve(n))) {
            return userDir.resolve(n).toString();
        }
        return DEFAULTS + "/" + n + " (built in)";
    }

    private static TemplateFolder.Refused refusal(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof TemplateFolder.Refused r) {
                return r;
            }
        }
        return null;
    }

    private static Configuration configure(TemplateFolder folder) {
        Configuration cfg = new Checked();
        TemplateLoader shipped = new ClassTemplateLoader(TemplateSet.class.getClassLoader(), DEFAULTS);
        cfg.setTemplateLoader(
                folder == null ? shipped : new MultiTemplateLoader(new TemplateLoader[] {folder, shipped}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        // README.txt and the ticket summary are plain text: nothing escaped for HTML; their templates escape
        // what their format needs with the helper the data model gives them.
        TemplateConfiguration plain = new TemplateConfiguration();
        plain.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
                new OrMatcher(new FileNameGlobMatcher("*" + PLAIN_TEXT), new FileNameGlobMatcher("*" + MARKDOWN)),
                plain));
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        // Sandbox: no ?new, no ?api, only the default (restrictive) member access on wrapped objects.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    /**
     * A configuration that adds Freemarker's thread-interruption checks to every template it loads, the included
     * ones too, so a rendering stopped at its time limit ends inside whatever loop it was in.
     */
    private static final class Checked extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

        Checked() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(
                String name,
                Locale locale,
                Object customLookupCondition,
                String encoding,
                boolean parseAsFTL,
                boolean ignoreMissing)
                throws IOException {
            Template template =
                    super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (checked) {
                    if (checked.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "error";
        }
        String line = message.strip().lines().findFirst().orElse("error");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
