package net.techmonitor.site.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The generator's class-data archive (JDK application class-data sharing): the JVM's parsed and verified form of
 * the few thousand classes a build loads, most of them JRuby's. Loading them from the jars costs most of a second of
 * every build on two cores; mapped from the archive, a fraction of that.
 *
 * <p>The archive belongs to the installed generator, like the jar, not to any site: {@code mvn package} makes it
 * (this class's {@code main}) by building the repository's own content once, with its PDF editions (so that
 * openhtmltopdf's and PDFBox's classes are in it too, for the published site's builds), in a JVM that dumps the
 * classes it loaded. An archive only fits the exact JVM build and class path that made it, so its file name carries the JVM's
 * version, the class path is always given as absolute paths, and the JVM is told to fall back silently (it then
 * loads classes the usual way) when the archive does not fit, for example after the jar was moved.</p>
 *
 * <p>Up to JDK 24 it is a dynamic archive ({@code -XX:ArchiveClassesAtExit}, {@code .jsa}). From JDK 25 on it is an
 * AOT cache ({@code .aot}), made in one step by {@code -XX:AOTCacheOutput} (JEP 514): the training build runs, and
 * a second JVM it starts writes the cache. It is made without JEP 483's class linking, which made every command
 * slower here (see {@link #makeOptions}); JEP 515's method profiles serve only C2, which the build's JVM does not
 * run ({@link ShortRunJvm}). Each JVM gets the archive made by a JVM of its own version: {@code mvn package} makes
 * the one of the JVM Maven runs on; for another, run this {@code main} with that {@code java} (or package with
 * {@code -DarchiveJava=/path/to/bin/java}). A JVM with no archive of its own builds without one, a little slower to
 * start; no command makes one by itself. Making it is a training build of {@code content/} plus, for an AOT cache,
 * the JVM that writes it, together 15-25 s on two cores, and an editor whose first {@code build} or {@code serve}
 * took that long more than usual would not know why; packaging is where a build is expected to take a while.</p>
 */
final class ClassDataArchive {
    /** The generator's exit status for a wrong command line. */
    private static final int WRONG_COMMAND_LINE = 2;
    /** The first JDK whose JVM gets an AOT cache (see {@link #aotCache}). */
    private static final int AOT_CACHE_FEATURE = 25;

    private ClassDataArchive() {
    }

    /**
     * Where the archive for this JVM lives: beside the jar, named after the JVM's exact version, an AOT cache
     * ({@code .aot}) from JDK 25 on and a dynamic archive ({@code .jsa}) before.
     */
    static Path beside(Path jar, String vmVersion, int javaFeatureVersion) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        String version = vmVersion.replaceAll("[^A-Za-z0-9.+-]", "_");
        String suffix = aotCache(javaFeatureVersion) ? ".aot" : ".jsa";
        return jar.toAbsolutePath().resolveSibling(name + "." + version + suffix);
    }

    /**
     * Whether a JVM of this feature version gets an AOT cache rather than a dynamic archive: JDK 24 makes one only
     * in two runs by hand, JDK 25 in one ({@code -XX:AOTCacheOutput}, JEP 514).
     */
    static boolean aotCache(int javaFeatureVersion) {
        return javaFeatureVersion >= AOT_CACHE_FEATURE;
    }

    /**
     * The options that make a JVM map its archive beside the jar: the JVM's exact version names the file, its feature
     * version says which kind it is; none if there is no such file.
     */
    static List<String> optionsFor(Path jar, String vmVersion, int javaFeatureVersion) {
        return useOptions(beside(jar, vmVersion, javaFeatureVersion), javaFeatureVersion);
    }

    /** The options that make a JVM map the archive, if there is one; none if there is not. */
    static List<String> useOptions(Path archive, int javaFeatureVersion) {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        if (aotCache(javaFeatureVersion)) {
            // A cache that does not fit (a moved or rebuilt jar, ZGC chosen by the user: "Unable to use AOT cache")
            // is skipped: aot* and cds* off keep the JVM from warning about it on every command. Relocating the
            // cache costs nothing measurable on JDK 25 (done in parallel): ArchiveRelocationMode is not given.
            return List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off");
        }
        // cds=off: an archive that does not fit this JVM is skipped without a warning on every command.
        // ArchiveRelocationMode=0 maps the archive at the address it was made for, as every JDK before 20 did by
        // default: since then (and in updates of 17) it is mapped elsewhere and every pointer in it rewritten, which
        // cost each command a noticeable part of its start. The JVM still relocates if that address is taken.
        // What is given up is address randomisation of class metadata, in a short-lived process that reads the
        // site's own files. The flag is a diagnostic one that a later JDK may drop: such a JVM ignores it rather than
        // refusing to start.
        return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions", "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:ArchiveRelocationMode=0", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The options that make the training JVM write the archive when it exits (the AOT cache: in a second JVM it starts). */
    static List<String> makeOptions(Path archive, int javaFeatureVersion) {
        if (aotCache(javaFeatureVersion)) {
            // Without JEP 483's linking: the cached classes are then loaded as they are needed, as from a dynamic
            // archive. Linked, the JVM loads and links all of them before main, JRuby's thousands even for a build
            // that is up to date, and a cold build of content/ took 0.7 s longer than with the unlinked cache
            // (docs/performance.md).
            return List.of("-XX:AOTCacheOutput=" + archive, "-XX:-AOTClassLinking", "-Xlog:aot*=off", "-Xlog:cds*=off");
        }
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The class {@code java -jar} runs: what the training build must run to load what a real build loads. */
    private static String mainClass(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.MAIN_CLASS);
            if (main == null) {
                throw new IOException(jar + " names no Main-Class in its manifest");
            }
            return main;
        }
    }

    /** The jar this generator runs from, when it runs from one (not from a build's class folders). */
    static Optional<Path> runningJar() {
        try {
            Path location = Path.of(ClassDataArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location.toAbsolutePath()) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes the archive: {@code java -cp target/techmonitor-site.jar net.techmonitor.site.launch.ClassDataArchive SITE
     * WORK [--site-cache]} builds SITE (with its PDF editions) into WORK in a JVM with the build's own options that
     * writes the archive when it exits: the jar's own main class (its manifest's {@code Main-Class}) runs {@code build
     * --source SITE --output WORK/site --cache WORK/cache}. The cache is its own and empty, so that the training
     * converts every file, and so loads Asciidoctor's classes, even where an earlier build filled SITE's cache for
     * this jar (JDK 25 made an archive of 21 MB instead of 58 MB after JDK 17's training had). {@code --site-cache}
     * uses SITE's own cache instead, as {@code mvn package} does for the JVM it runs on: its conversions are then
     * there for the first build after packaging (the Pages deploy's). A site whose build fails still loads nearly
     * every class, so the archive is kept either way; if none can be made, builds simply run without one, so this
     * never fails the packaging.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        boolean siteCache = args.length == 3 && args[2].equals("--site-cache");
        if (args.length != 2 && !siteCache) {
            System.err.println("usage: ClassDataArchive SITE-FOLDER WORK-FOLDER [--site-cache]");
            System.exit(WRONG_COMMAND_LINE);
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            System.out.println("class-data archive: not made (the generator is not running from its jar)");
            return;
        }
        int feature = Runtime.version().feature();
        Path archive = beside(jar.get(), System.getProperty("java.vm.version"), feature);
        Path work = Path.of(args[1]).toAbsolutePath();
        net.techmonitor.site.pipeline.SitePublisher.deleteTree(work);
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>();
        command.add(ShortRunJvm.javaExecutable());
        command.addAll(ShortRunJvm.options(feature));
        command.addAll(makeOptions(archive, feature));
        command.addAll(List.of("-cp", ShortRunJvm.absoluteClassPath(System.getProperty("java.class.path")),
            mainClass(jar.get()), "build", "--source", Path.of(args[0]).toAbsolutePath().toString(),
            "--output", work.resolve("site").toString(), "--pdf-editions"));
        if (!siteCache) {
            command.addAll(List.of("--cache", work.resolve("cache").toString()));
        }
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = training.waitFor();
        net.techmonitor.site.pipeline.SitePublisher.deleteTree(work);
        if (Files.isRegularFile(archive)) {
            System.out.printf(Locale.ROOT, "class-data archive: %s (%d MB)%n", archive, Files.size(archive) >> 20);
        } else {
            System.out.println("class-data archive: not made (the training build exited with " + status
                + "); builds run without it, only slower to start");
        }
    }
}
