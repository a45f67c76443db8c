package net.techmonitor.site.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The folders of the build machine that a converted page must never show: the site's own folder (where {docdir}
 * and every file's path lie), the user's home and the Java installation. Refusing attribute references by name
 * catches the usual ways in; this looks at what conversion actually produced, so a way nobody listed (a
 * conditional, an attribute built from others) is caught as well.
 */
public final class MachinePaths {
    /** Shorter paths ("/root", "/opt") are words a page may well hold; the site's folder is always longer. */
    private static final int MIN_LENGTH = 8;

    private final List<String> paths;

    public MachinePaths(Path siteRoot) {
        Set<String> found = new LinkedHashSet<>();
        add(found, siteRoot.toAbsolutePath().normalize().toString());
        try {
            add(found, siteRoot.toRealPath().toString());
        } catch (IOException e) {
            // the absolute path is enough
        }
        add(found, System.getProperty("user.home"));
        add(found, System.getProperty("java.home"));
        this.paths = List.copyOf(found);
    }

    private static void add(Set<String> found, String path) {
        if (path != null && path.length() >= MIN_LENGTH && path.indexOf('/', 1) > 0) {
            found.add(path);
        }
    }

    /** The first machine folder the text holds, if any. */
    public Optional<String> findIn(String text) {
        for (String path : paths) {
            if (text.contains(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
