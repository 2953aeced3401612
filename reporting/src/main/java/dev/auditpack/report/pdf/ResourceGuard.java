package dev.auditpack.report.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * What the rendered page may load: {@code data:} URIs, and plain files inside the user's template folder. Nothing
 * from the network, and no other file, so a template cannot make the renderer wait on a host or read the machine's
 * files into the PDF. Every URI refused is kept, so the caller can name it.
 */
final class ResourceGuard implements BiPredicate<String, ExternalResourceType> {

    private final Path folder;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    /** @param folder the user's template folder, or null when only the shipped templates are used */
    ResourceGuard(Path folder) {
        this.folder = folder;
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        if (uri == null || allowed(uri)) {
            return true;
        }
        refused.add(uri);
        return false;
    }

    /** The URIs refused so far, in order. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    private boolean allowed(String uri) {
        if (uri.regionMatches(true, 0, "data:", 0, 5)) {
            return true;
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (folder == null
                || !scheme.equals("file")
                || parsed.getHost() != null && !parsed.getHost().isEmpty()) {
            return false;
        }
        try {
            Path file = Path.of(parsed);
            InputFiles.checkInside(folder, file);
            InputFiles.checkRegular(file, TemplateFolder.LIMIT);
            return true;
        } catch (IOException | InputException | IllegalArgumentException e) {
            return false;
        }
    }
}
