package net.techmonitor.site.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides, before anything is read or written, whether the build cache's folder ({@code --cache}, else
 * {@code <source>/target/.techmonitor-cache}) can hold the cache: not the site folder itself (its top is the editors'
 * repository), not inside {@code content/}, {@code templates/} or {@code assets/} (the next build would read the
 * cache as part of the site, and a preview would rebuild on its own writes), and not the output or inside it (every
 * build replaces the output whole, which would lose the cache, and would publish it). Paths are compared with
 * symbolic links resolved, as {@link OutputLocation} compares them.
 *
 * <p>A refusal is a wrong command line (exit status 2), not the machine's fault: the remedy is another option.</p>
 */
public final class CacheLocation {
    private CacheLocation() {
    }

    /**
     * @param given whether the folder was given with {@code --cache} (else it is the default one, under the source)
     * @throws IllegalArgumentException the folder cannot hold the cache, in the words the editor reads
     */
    public static void check(Path siteRoot, Path output, Path cache, boolean given) {
        Path absolute = cache.toAbsolutePath().normalize();
        Path real = OutputLocation.realOf(absolute);
        Path site = OutputLocation.realOf(siteRoot.toAbsolutePath().normalize());
        String named = given ? "--cache " + absolute : "the build cache " + absolute;
        if (real.equals(site)) {
            throw new IllegalArgumentException(named + " is the site folder itself (expected a folder of its own for the build"
                + " cache, e.g. the default target/.techmonitor-cache)");
        }
        for (String source : List.of("content", "templates", "assets")) {
            if (real.startsWith(OutputLocation.realOf(site.resolve(source)))) {
                throw new IllegalArgumentException(named + " is inside the site's " + source + "/ folder (expected a folder outside"
                    + " content/, templates/ and assets/, e.g. the default target/.techmonitor-cache: the next build would read"
                    + " the cache as part of the site)");
            }
        }
        Path out = OutputLocation.realOf(output.toAbsolutePath().normalize());
        if (real.startsWith(out)) {
            throw new IllegalArgumentException(named + (real.equals(out) ? " is the output folder " : " is inside the output folder ")
                + output.toAbsolutePath().normalize() + " (expected a cache outside the output: every build replaces the output"
                + " whole, and would publish the cache with it; " + (given ? "give another --cache" : "give an --output that does not"
                + " hold target/.techmonitor-cache, such as the default target/site, or a --cache DIR outside it") + ")");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(named + " is a file, not a folder (expected a folder for the build cache; one that"
                + " does not exist yet is made)");
        }
    }
}
