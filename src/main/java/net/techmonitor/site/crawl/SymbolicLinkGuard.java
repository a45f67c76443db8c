package net.techmonitor.site.crawl;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses symbolic links that lead out of the folder they are in. Asciidoctor's include jail compares paths
 * as text and JBake's asset copy follows links, so a link under content/ or assets/ to /etc/passwd would
 * otherwise be read or published.
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
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        String name = siteRoot.relativize(folder) + "/";
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                String sitePath = SlashPaths.relative(siteRoot, path);
                try {
                    if (!path.toRealPath().startsWith(realFolder)) {
                        problems.add(STAGE, sitePath, 0, "symbolic link leads outside " + name
                            + " (expected files and folders inside " + name + "; copy the file in instead)");
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
