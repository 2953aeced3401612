package dev.auditpack.report.pdf;

import dev.auditpack.input.InputException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The templates, style sheet and fonts of the PDF. Files in the user's directory (if given) win over the
 * defaults shipped in the jar, file by file, so a user can copy and edit only what they need. Templates
 * run sandboxed: they cannot create Java objects or reach the Java API.
 */
public final class TemplateSet {

    /** Folder of the shipped defaults on the class path. */
    static final String DEFAULTS = "templates";

    private final Path userDir;
    private final Configuration config;

    private TemplateSet(Path userDir) {
        this.userDir = userDir;
        this.config = configure(userDir);
    }

    /** The shipped templates. */
    public static TemplateSet defaults() {
        return new TemplateSet(null);
    }

    /** The user's templates in {@code dir}, falling back to the shipped ones for files it lacks. */
    public static TemplateSet from(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "is not a directory of templates");
        }
        return new TemplateSet(dir);
    }

    /**
     * Renders a template to text.
     *
     * @throws InputException naming the template, line and problem when it does not parse or fails to render
     */
    public String render(String name, Map<String, Object> data) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (ParseException e) {
            throw new InputException(describe(e.getTemplateName(), name), "line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw new InputException(describe(e.getTemplateSourceName(), name), "line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new InputException(describe(null, name), "template not found", e);
        } catch (IOException e) {
            throw new InputException(describe(null, name), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a non-template resource (a font, a logo), from the user's directory if it has it. */
    public Optional<byte[]> resource(String name) {
        try {
            if (userDir != null) {
                Path p = userDir.resolve(name).normalize();
                if (p.startsWith(userDir.normalize()) && Files.isRegularFile(p)) {
                    return Optional.of(Files.readAllBytes(p));
                }
            }
            try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(DEFAULTS + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new InputException(describe(null, name), "cannot be read: " + e.getMessage(), e);
        }
    }

    private String describe(String templateName, String fallback) {
        String n = templateName == null ? fallback : templateName;
        if (userDir != null && Files.isRegularFile(userDir.resolve(n))) {
            return userDir.resolve(n).toString();
        }
        return DEFAULTS + "/" + n + " (built in)";
    }

    private static Configuration configure(Path userDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader shipped = new ClassTemplateLoader(TemplateSet.class.getClassLoader(), DEFAULTS);
            cfg.setTemplateLoader(userDir == null ? shipped
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), shipped}));
        } catch (IOException e) {
            throw new InputException(userDir, "cannot be used for templates: " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
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

    private static String firstLine(String message) {
        if (message == null) {
            return "error";
        }
        String line = message.strip().lines().findFirst().orElse("error");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
