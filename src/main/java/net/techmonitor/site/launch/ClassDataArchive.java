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
 */
final class ClassDataArchive {
    /** The generator's exit status for a wrong command line. */
    private static final int WRONG_COMMAND_LINE = 2;

    private ClassDataArchive() {
    }

    /** Where the archive for this JVM lives: beside the jar, named after the JVM's exact version. */
    static Path beside(Path jar, String vmVersion) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        String version = vmVersion.replaceAll("[^A-Za-z0-9.+-]", "_");
        return jar.toAbsolutePath().resolveSibling(name + "." + version + ".jsa");
    }

    /** The options that make a JVM map the archive, if there is one; none if there is not. */
    static List<String> useOptions(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return List.of();
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
     * Makes the archive: {@code java -cp target/techmonitor-site.jar net.techmonitor.site.launch.ClassDataArchive SITE WORK}
     * builds SITE (with its PDF editions) into WORK in a JVM with the build's own options that writes the archive when it exits: the jar's
     * own main class (its manifest's {@code Main-Class}) runs {@code build --source SITE --output WORK/site}. A site
     * whose build fails still loads nearly every class, so the archive is kept either way; if none can be made,
     * builds simply run without one, so this never fails the packaging.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ClassDataArchive SITE-FOLDER WORK-FOLDER");
            System.exit(WRONG_COMMAND_LINE);
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            System.out.println("class-data archive: not made (the generator is not running from its jar)");
            return;
        }
        Path archive = beside(jar.get(), System.getProperty("java.vm.version"));
        Path work = Path.of(args[1]).toAbsolutePath();
        net.techmonitor.site.pipeline.SitePublisher.deleteTree(work);
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>();
        command.add(ShortRunJvm.javaExecutable());
        command.addAll(ShortRunJvm.options(Runtime.version().feature()));
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.addAll(List.of("-cp", ShortRunJvm.absoluteClassPath(System.getProperty("java.class.path")),
            mainClass(jar.get()), "build", "--source", Path.of(args[0]).toAbsolutePath().toString(),
            "--output", work.resolve("site").toString(), "--pdf-editions"));
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
