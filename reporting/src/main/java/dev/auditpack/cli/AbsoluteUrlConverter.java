package dev.auditpack.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;

/** Reads an endpoint option as an absolute URL, one with a scheme and a host. */
final class AbsoluteUrlConverter implements CommandLine.ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an absolute URL");
        }
        return uri;
    }
}
