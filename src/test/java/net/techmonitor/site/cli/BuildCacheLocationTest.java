package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.settings.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where builds keep their cache: under the project ({@code <source>/target/.techmonitor-cache}) wherever the output
 * goes, or in the folder {@code --cache} names; a folder that cannot hold it (inside {@code content/}, the output) is
 * refused as a wrong command line before anything is read or written.
 */
class BuildCacheLocationTest {
    private static final String NL = System.lineSeparator();
    private static final String BUILD_USAGE = "Usage: java -jar target/techmonitor-site.jar build [options]; build --help lists its options" + NL;

    @TempDir
    Path temp;

    @Test
    void anOutputOutsideTheSourceGetsNoCacheBesideItTheCacheStaysUnderTheSourcesTarget() throws IOException {
        Path site = TestSites.fixture("minimal", temp.resolve("project"));
        Path output = temp.resolve("elsewhere/site");
        TestSites.Run built = TestSites.build(site, output);
        assertEquals(ExitStatus.OK, built.exitCode(), built.err());
        assertEquals(List.of(), names(temp.resolve("elsewhere")).stream().filter(name -> !name.equals("site") && !name.startsWith(".site")).toList(),
            "beside the output only the site, its versions and its lock");
        Path cache = site.resolve("target/.techmonitor-cache");
        assertFalse(SiteSettings.conversionCache(cache, true).holdsNothing(), "the conversions are kept under the source: " + names(cache));
        assertTrue(names(cache).stream().anyMatch(name -> name.startsWith("last-build-site-") && name.endsWith(".manifest")), names(cache).toString());

        TestSites.Run again = TestSites.build(site, output);
        assertTrue(again.out().contains("Up to date: nothing changed since the last build"), "the record is read back from there: " + again.out());
    }

    @Test
    void cacheNamesTheFolderForBuildAndCheck() throws IOException {
        Path site = TestSites.fixture("minimal", temp.resolve("project"));
        Path cache = temp.resolve("caches/techmonitor");
        TestSites.Run built = TestSites.build(site, temp.resolve("out/site"), "--cache", cache.toString());
        assertEquals(ExitStatus.OK, built.exitCode(), built.err());
        assertFalse(SiteSettings.conversionCache(cache, true).holdsNothing(), names(cache).toString());
        assertFalse(Files.exists(site.resolve("target/.techmonitor-cache")), "the default folder is not used");
        assertFalse(Files.exists(temp.resolve("out/.techmonitor-cache")));
        TestSites.Run again = TestSites.build(site, temp.resolve("out/site"), "--cache", cache.toString());
        assertTrue(again.out().contains("Up to date"), again.out());

        Path checkCache = temp.resolve("check-cache");
        CommandLineRunner.Output checked = CommandLineRunner.run("check", "--source", site.toString(), "--cache", checkCache.toString());
        assertEquals(ExitStatus.OK, checked.code(), checked.err());
        assertFalse(SiteSettings.conversionCache(checkCache, true).holdsNothing(), names(checkCache).toString());
        assertFalse(Files.exists(site.resolve("target/.techmonitor-cache")), "check uses the folder too");
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    void aCacheFolderThatCannotHoldTheCacheIsAWrongCommandLineAndNothingIsWritten() throws IOException {
        Path site = TestSites.fixture("minimal", temp.resolve("project"));
        Path real = site.toRealPath();
        Path output = temp.toRealPath().resolve("out/site");
        List<String> before = TestSites.files(site).keySet().stream().toList();

        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache " + real.resolve("content/cache") + " is inside the site's content/"
                + " folder (expected a folder outside content/, templates/ and assets/, e.g. the default target/.techmonitor-cache:"
                + " the next build would read the cache as part of the site)" + NL + BUILD_USAGE),
            build(site, output, "--cache", real.resolve("content/cache").toString()));
        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache " + real.resolve("assets") + " is inside the site's assets/"
                + " folder (expected a folder outside content/, templates/ and assets/, e.g. the default target/.techmonitor-cache:"
                + " the next build would read the cache as part of the site)" + NL + BUILD_USAGE),
            build(site, output, "--cache", real.resolve("assets").toString()));
        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache " + real + " is the site folder itself (expected a folder of its own"
                + " for the build cache, e.g. the default target/.techmonitor-cache)" + NL + BUILD_USAGE),
            build(site, output, "--cache", real.toString()));
        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache " + output.resolve("cache") + " is inside the output folder " + output
                + " (expected a cache outside the output: every build replaces the output whole, and would publish the cache with it;"
                + " give another --cache)" + NL + BUILD_USAGE),
            build(site, output, "--cache", output.resolve("cache").toString()));
        // Without --cache the default one is refused the same way: an output that holds target/ would swallow it.
        Path target = real.resolve("target");
        assertEquals(new CommandLineRunner.Output(2, "", "error: the build cache " + target.resolve(".techmonitor-cache") + " is inside the"
                + " output folder " + target + " (expected a cache outside the output: every build replaces the output whole, and would"
                + " publish the cache with it; give an --output that does not hold target/.techmonitor-cache, such as the default"
                + " target/site, or a --cache DIR outside it)" + NL + BUILD_USAGE),
            build(site, target));
        Path file = Files.writeString(temp.toRealPath().resolve("a-file"), "not a folder\n");
        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache " + file + " is a file, not a folder (expected a folder for the"
                + " build cache; one that does not exist yet is made)" + NL + BUILD_USAGE),
            build(site, output, "--cache", file.toString()));
        assertEquals(new CommandLineRunner.Output(2, "", "error: --cache needs a folder (expected e.g. --cache target/.techmonitor-cache)"
                + NL + BUILD_USAGE), build(site, output, "--cache", " "));

        assertEquals(before, TestSites.files(site).keySet().stream().toList(), "nothing written in the site");
        assertFalse(Files.exists(output), "nor an output");
        assertFalse(Files.exists(target), "nor a cache");
        CommandLineRunner.Output serve = CommandLineRunner.run("serve", "--source", site.toString(), "--port", "0", "--cache",
            real.resolve("templates/cache").toString());
        assertEquals(2, serve.code(), serve.err());
        assertTrue(serve.err().startsWith("error: --cache " + real.resolve("templates/cache") + " is inside the site's templates/ folder"),
            "serve refuses it before it builds or serves: " + serve.err());
    }

    @Test
    void thePagesWorkflowCachesTheFolderItsBuildKeepsTheCacheIn() throws IOException {
        Path repository = TestSites.repository();
        String workflow = Files.readString(repository.resolve(".github/workflows/pages.yml"));
        java.util.regex.Matcher cached = java.util.regex.Pattern.compile("uses: actions/cache@\\S+\\s+with:\\s+path: (\\S+)").matcher(workflow);
        assertTrue(cached.find(), "the workflow keeps the build cache between deploys");
        java.util.regex.Matcher build = java.util.regex.Pattern.compile("java -jar target/techmonitor-site.jar build[^\\n]*").matcher(workflow);
        assertTrue(build.find());
        assertFalse(build.group().contains("--source") || build.group().contains("--cache"), "it builds with the default cache: " + build.group());
        assertEquals(repository.relativize(net.techmonitor.site.pipeline.SiteSettingsLoader.cacheFolder(repository, null)).toString(),
            cached.group(1), "the workflow's checkout is the source: its cache is there");
    }

    private static CommandLineRunner.Output build(Path site, Path output, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", site.toString(), "--output", output.toString()));
        args.addAll(List.of(options));
        return CommandLineRunner.run(args.toArray(String[]::new));
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
