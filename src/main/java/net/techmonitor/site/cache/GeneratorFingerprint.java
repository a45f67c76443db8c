package net.techmonitor.site.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Identifies the code that produces cached results: the generator's own classes (its jar, or its class files
 * when run from a build folder) and the AsciidoctorJ version. A cached result made by other code is never reused,
 * so upgrading the generator or changing a converter setting in its code cannot serve stale pages. (JBake's own
 * cache keys documents by their file alone, which is why it cannot be trusted across such changes.)
 */
public final class GeneratorFingerprint {
    private static String value;
    /** Where the jar's digest may be known already, by its attributes; null to hash it. */
    private static FileDigests digests;

    private GeneratorFingerprint() {
    }

    /**
     * Lets the fingerprint, if not computed yet, take the jar's digest from this record when the jar is as recorded:
     * hashing its bytes was a sixth of a build that found itself up to date.
     */
    public static synchronized void knownBy(FileDigests record) {
        if (value == null) {
            digests = record;
        }
    }

    public static synchronized String value() {
        if (value == null) {
            value = compute();
        }
        return value;
    }

    private static String compute() {
        ContentKey key = ContentKey.of("generator");
        key.with(asciidoctorjVersion());
        try {
            Path code = Path.of(GeneratorFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : sorted) {
                        key.with(code.relativize(file).toString()).with(Files.readAllBytes(file));
                    }
                }
            } else if (digests != null) {
                key.with(digests.of(code));
            } else {
                key.with(ContentKey.ofFile(Files.readAllBytes(code)));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Code from somewhere unreadable: a key of this run only, so nothing earlier is reused.
            key.with(String.valueOf(System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator's own code", e);
        }
        return key.hex();
    }

    private static String asciidoctorjVersion() {
        try (InputStream in = GeneratorFingerprint.class.getClassLoader()
            .getResourceAsStream("META-INF/maven/org.asciidoctor/asciidoctorj/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
