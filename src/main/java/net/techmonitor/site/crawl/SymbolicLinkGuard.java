package net.techmonitor.site.crawl;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One root: every file a build reads lies inside the site folder, as a plain file. The site's {@code content/},
 * {@code assets/} and {@code templates/} must resolve inside the site folder, and no symbolic link may sit inside
 * them. A link inside the site could publish a draft's text or an include partial under another name, or make the
 * output part of the source; one leading out could publish any file of the machine. Asciidoctor's include jail
 * compares paths as text, so it would not stop either.
 */
final class SymbolicLinkGuard {
    private static final String STAGE = "crawl";

    private SymbolicLinkGuard() {
    }

    static void check(Path siteRoot, Path folder, ProblemCollector problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Path realFolder;
        Path realSite;
        try {
            realFolder = folder.toRealPath();
            realSite = siteRoot.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        String name = siteRoot.relativize(folder) + "/";
        if (!realFolder.startsWith(realSite)) {
            problems.add(STAGE, name, 0, "folder is a symbolic link to " + realFolder + ", outside the site folder (expected "
                + name + " to be a folder of the site itself)");
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                String sitePath = SlashPaths.relative(siteRoot, path);
                try {
                    if (!path.toRealPath().startsWith(realFolder)) {
                        problems.add(STAGE, sitePath, 0, "symbolic link leads outside " + name
                            + " (expected files and folders inside " + name + "; copy the file in instead)");
                    } else {
                        problems.add(STAGE, sitePath, 0, "symbolic link (expected a file or folder, not a link: a link can publish"
                            + " a draft or a partial under another name; copy the file in instead)");
                    }
                } catch (IOException e) {
                    problems.add(STAGE, sitePath, 0, "symbolic link to nothing (expected a file or folder inside " + name + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
