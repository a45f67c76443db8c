package net.techmonitor.site.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cold builds on a second JDK, beside the first's in the same run: issue 22 compares a cold build on JDK 25, whose
 * ahead-of-time cache may take JRuby's start-up out of a build, with JDK 17's converter floor measured at the same
 * moments. It runs the jar as an editor would with that JDK ({@code <java> -jar target/techmonitor-site.jar build});
 * whatever the launcher makes of that JDK (an AOT cache or a class-data archive beside the jar) is the launcher's,
 * and is only reported here, in the row's label.
 */
final class SecondJdk {
    /** Where Debian and the Temurin packages install JDKs. */
    private static final Path INSTALLED = Path.of("/usr/lib/jvm");

    private final Path java;
    private final Path jar;

    SecondJdk(Path java, Path jar) {
        this.java = java;
        this.jar = jar;
    }

    /** The first {@code /usr/lib/jvm/*25*}{@code /bin/java} there is, by name. */
    static Optional<Path> installed25() throws IOException {
        if (!Files.isDirectory(INSTALLED)) {
            return Optional.empty();
        }
        List<Path> javas = new ArrayList<>();
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(INSTALLED, "*25*")) {
            homes.forEach(home -> javas.add(home.resolve("bin/java")));
        }
        return javas.stream().sorted().filter(Files::isExecutable).findFirst();
    }

    Path java() {
        return java;
    }

    /** One build of {@code site} into {@code output} on this JDK, in the given environment. */
    MeasuredProcess.Result build(Path site, Path output, Map<String, String> environment) throws IOException, InterruptedException {
        return MeasuredProcess.run(List.of(java.toString(), "-jar", jar.toString(), "build", "--source", site.toString(),
            "--output", output.toString()), site, environment);
    }

    /**
     * The ahead-of-time caches and class-data archives for JDK 25 beside the jar
     * ({@code techmonitor-site.25*.aot}, {@code techmonitor-site.25*.jsa}), by file name.
     */
    List<String> startUpCaches() throws IOException {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(jar.toAbsolutePath().getParent(), name + ".25*.{aot,jsa}")) {
            files.forEach(file -> found.add(file.getFileName().toString()));
        }
        return found.stream().sorted().toList();
    }

    /**
     * What the label says of the start-up caches: those there before the first build and those its builds made.
     *
     * @param before {@link #startUpCaches()} before the first build
     * @param after  the same after the last
     */
    static String startUpCachesNote(List<String> before, List<String> after) {
        List<String> made = after.stream().filter(file -> !before.contains(file)).toList();
        if (before.isEmpty() && made.isEmpty()) {
            return "no JDK 25 AOT cache or class-data archive beside the jar";
        }
        List<String> parts = new ArrayList<>();
        if (!before.isEmpty()) {
            parts.add("with " + String.join(" and ", before) + " beside the jar");
        }
        if (!made.isEmpty()) {
            parts.add(String.join(" and ", made) + " made by these builds");
        }
        return String.join("; ", parts);
    }
}
