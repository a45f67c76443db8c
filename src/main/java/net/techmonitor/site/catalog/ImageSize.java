package net.techmonitor.site.catalog;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width and height of an image file, so that pages can give them and nothing shifts while it loads: PNG and
 * JPEG read by {@code javax.imageio} (only the file's header is read), SVG from its root element's {@code width}
 * and {@code height}, or else its {@code viewBox}.
 */
final class ImageSize {
    /** The kinds of image whose size can be read, by file extension. */
    static final String KINDS = "png, jpg, jpeg, svg";
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*");

    private ImageSize() {
    }

    /** A size in pixels. */
    record Size(int width, int height) {
    }

    /** Thrown with what is wrong with the file, in the words of a problem message. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static boolean isKnownKind(String fileName) {
        String extension = extension(fileName);
        return extension.equals("png") || extension.equals("jpg") || extension.equals("jpeg") || extension.equals("svg");
    }

    static Size of(Path file) throws Unreadable {
        String extension = extension(file.getFileName().toString());
        try {
            if (extension.equals("svg")) {
                return svg(Files.readString(file, StandardCharsets.UTF_8));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    throw new Unreadable("is not a PNG or JPEG image");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                    if (!format.equals("png") && !format.equals("jpeg")) {
                        throw new Unreadable("is a " + format + " image, not a PNG or JPEG");
                    }
                    return positive(reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("cannot be read as an image (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Size svg(String text) throws Unreadable {
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) {
            throw new Unreadable("has no <svg> element");
        }
        String attributes = root.group(1);
        Double width = length(attribute(attributes, "width"));
        Double height = length(attribute(attributes, "height"));
        if (width != null && height != null) {
            return positive((int) Math.round(width), (int) Math.round(height));
        }
        String viewBox = attribute(attributes, "viewBox");
        if (viewBox != null) {
            String[] parts = viewBox.strip().split("[\\s,]+");
            if (parts.length == 4) {
                try {
                    return positive((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
        }
        throw new Unreadable("gives no size (expected width and height in pixels, or a viewBox, on its <svg> element)");
    }

    private static Size positive(int width, int height) throws Unreadable {
        if (width <= 0 || height <= 0) {
            throw new Unreadable("has no width or height");
        }
        return new Size(width, height);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attributes);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static Double length(String written) {
        if (written == null) {
            return null;
        }
        Matcher matcher = LENGTH.matcher(written);
        return matcher.matches() ? Double.parseDouble(matcher.group(1)) : null;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
