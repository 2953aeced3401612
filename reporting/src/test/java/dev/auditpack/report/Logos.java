package dev.auditpack.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small logo files for tests: PNG with transparency, JPEG or GIF. */
public final class Logos {

    private Logos() {}

    /** Writes a 120 by 40 logo in {@code format} ({@code png}, {@code jpg}, {@code gif}) to {@code file}. */
    public static Path write(Path file, String format) {
        BufferedImage image = new BufferedImage(
                120, 40, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(15, 41, 66));
        g.fillOval(2, 2, 36, 36);
        g.dispose();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
