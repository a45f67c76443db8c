package net.techmonitor.site.pipeline;

import net.coobird.thumbnailator.Thumbnails;
import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.catalog.Cover;
import net.techmonitor.site.problems.ProblemCollector;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the resized copies of the issues' PNG and JPEG covers ({@link FilePlan#covers()}) into the staging folder,
 * before the planned files are copied (so that a file of {@code content/} with a copy's name is reported as taking
 * the place of a file the generator writes). Each copy keeps its cover's format and is scaled down by Thumbnailator
 * in steps; it is written by {@code javax.imageio} with no metadata, so the same cover always gives the same bytes.
 * Copies are kept in the build cache ({@code covers/}), keyed by the cover's bytes: a rebuild decodes nothing. A
 * cover that cannot be decoded is a problem at its {@code :cover:} line.
 */
final class CoverCopies {
    private static final String STAGE = "covers";
    /** Changes whenever the way copies are made changes (widths aside, which are in their names), so old ones are not reused. */
    private static final String RECIPE = "cover-copy-1";
    private static final float JPEG_QUALITY = 0.85f;

    private final Path cache;
    private final ProblemCollector problems;
    private final Set<String> used = new HashSet<>();

    /** @param cache the folder of cached copies, or null to make every copy anew */
    CoverCopies(Path cache, ProblemCollector problems) {
        this.cache = cache;
        this.problems = problems;
    }

    /** @return the output paths written */
    List<String> write(FilePlan plan, Path staging) throws IOException {
        List<String> written = new ArrayList<>();
        for (FilePlan.ResizedCover cover : plan.covers()) {
            byte[] bytes = Files.readAllBytes(cover.source());
            String key = ContentKey.of(RECIPE).with(bytes).hex();
            boolean png = cover.source().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
            BufferedImage image = null;
            // A cover too small for any copy is decoded all the same (once, remembered by an empty entry): damage is found.
            if (cover.copies().isEmpty() && !cached(key + ".decoded")) {
                if (decode(cover, bytes) != null && cache != null) {
                    CacheFiles.writeWhole(cache.resolve(key + ".decoded"), new byte[0]);
                }
            }
            for (Cover.Size size : cover.copies()) {
                String name = key + "-" + size.width() + (png ? ".png" : ".jpg");
                byte[] copy = cached(name) ? readCached(name) : null;
                if (copy == null) {
                    if (image == null) {
                        image = decode(cover, bytes);
                        if (image == null) {
                            break;
                        }
                    }
                    copy = encode(scaled(image, size, png), png);
                    if (cache != null) {
                        CacheFiles.writeWhole(cache.resolve(name), copy);
                    }
                }
                Path target = staging.resolve(size.path());
                Files.createDirectories(target.getParent());
                // A new file, never a write into one that is there: in a seeded staging folder that is the live site's.
                Files.deleteIfExists(target);
                Files.write(target, copy, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                written.add(size.path());
            }
        }
        return written;
    }

    /** Deletes the cached copies this build did not use: those of covers since changed or removed. */
    void keepOnlyUsed() throws IOException {
        if (cache == null || !Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                // A partial file is another build's entry being written (CacheFiles.writeWhole): its own to finish.
                if (!used.contains(name) && !name.startsWith("partial-")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private boolean cached(String name) {
        used.add(name);
        return cache != null && Files.isRegularFile(cache.resolve(name));
    }

    /** @return the cached copy, or null when another build (a preview sharing the cache) has just removed it */
    private byte[] readCached(String name) throws IOException {
        try {
            return Files.readAllBytes(cache.resolve(name));
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /** @return the cover's pixels, or null after reporting why they cannot be read */
    private BufferedImage decode(FilePlan.ResizedCover cover, byte[] bytes) {
        String name = cover.source().getFileName().toString();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
            problems.add(STAGE, cover.issuePath(), cover.line(), "cover '" + name + "' is not a PNG or JPEG image (expected a PNG, JPEG or"
                + " SVG image)");
        } catch (IOException | RuntimeException e) {
            problems.add(STAGE, cover.issuePath(), cover.line(), "cover '" + name + "' cannot be decoded: the file is damaged or cut short,"
                + " or is a CMYK JPEG (expected a whole PNG or RGB JPEG image: open it in an"
                + " image editor and save it again)");
        }
        return null;
    }

    private static BufferedImage scaled(BufferedImage image, Cover.Size size, boolean png) throws IOException {
        // JPEG has no alpha channel: an image with one would be written as something no browser shows.
        int type = png && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        return Thumbnails.of(image).forceSize(size.width(), size.height()).imageType(type).asBufferedImage();
    }

    private static byte[] encode(BufferedImage image, boolean png) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata of the source's (and so no dates, camera or location): only what the format needs.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
