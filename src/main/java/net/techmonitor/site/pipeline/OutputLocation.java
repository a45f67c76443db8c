package net.techmonitor.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides, before anything is built, whether the output folder is a place a build may replace as a whole: not a
 * root folder, not the site folder or a folder holding it, not inside the site's {@code content/}, {@code templates/}
 * or {@code assets/} (the next build would read its own output as content), and in a folder that can be written.
 * Paths are compared with symbolic links resolved, so a link cannot smuggle the output into the source.
 */
public final class OutputLocation {
    private OutputLocation() {
    }

    public static void check(Path siteRoot, Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw refused(absolute + " is a root folder (expected a folder of its own for the built site, e.g. target/site;"
                + " every build replaces the output folder as a whole)");
        }
        Path real = realOf(absolute);
        Path site = realOf(siteRoot.toAbsolutePath().normalize());
        if (site.startsWith(real)) {
            throw refused(absolute + (real.equals(site) ? " is the site folder itself" : " holds the site folder " + site)
                + " (expected a folder of its own for the built site, e.g. target/site; every build replaces the output folder as a whole)");
        }
        for (String source : List.of("content", "templates", "assets")) {
            Path folder = realOf(site.resolve(source));
            if (real.startsWith(folder)) {
                throw refused(absolute + " is inside the site's " + source + "/ folder (expected an output outside content/, "
                    + "templates/ and assets/, e.g. target/site: the next build would read the output as part of the site)");
            }
        }
        Path parent = nearestExisting(absolute.getParent());
        if (!Files.isDirectory(parent)) {
            throw refused(parent + " is a file, not a folder (expected a folder to hold " + absolute.getFileName() + ")");
        }
        if (!Files.isWritable(parent)) {
            throw refused("cannot write in " + parent + " (expected a folder this user may write in, to hold the built site "
                + absolute.getFileName() + " and its staging folder; check its permissions or choose another --output)");
        }
        if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
            throw refused("cannot write in " + absolute + " (expected an output folder this user may replace; check its permissions"
                + " or choose another --output)");
        }
    }

    /** The path with every symbolic link of its existing part resolved; the part that does not exist yet kept as written. */
    static Path realOf(Path absolute) {
        Path existing = nearestExisting(absolute);
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute).toString()).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }

    private static SitePublisher.OutputRefusedException refused(String message) {
        return new SitePublisher.OutputRefusedException(message);
    }
}
