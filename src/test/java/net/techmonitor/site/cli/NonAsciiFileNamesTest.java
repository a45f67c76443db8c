package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File names with spaces and letters beyond ASCII work end to end whatever the machine's locale: under {@code LANG=C}
 * the JVM could not even name {@code my chart ü.png}, and messages printed {@code ??n??c??d??}. Runs the command as an
 * editor does, in a process of its own with the locale of a bare CI runner.
 */
class NonAsciiFileNamesTest {
    @TempDir
    Path temp;

    private static final String ARTICLE = "= Named\nA. Writer\n:jbake-type: article\n:jbake-status: published\n:jbake-date: 2020-02-01\n"
        + ":themes: alpha\n:description: An article.\n\nimage::my chart ü.png[A chart]\n";

    @Test
    void aBuildUnderTheCLocaleReadsWritesAndNamesNonAsciiFiles() throws Exception {
        Path site = TestSites.fixture("minimal", temp);
        Path issue = site.resolve("content/issues/2020-q1");
        Files.writeString(issue.resolve("named.adoc"), ARTICLE);
        Files.write(issue.resolve("my chart ü.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        Run built = run(site, temp.resolve("out"));
        assertEquals(0, built.status(), built.err());
        assertTrue(Files.isRegularFile(temp.resolve("out/issues/2020-q1/my chart ü.png")));

        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/ünïcödé.adoc"), "= Page\n:jbake-type: page\n:jbake-status: published\n\n"
            + "Text.\n");
        Run broken = run(site, temp.resolve("out"));
        assertEquals(1, broken.status(), broken.err());
        assertTrue(broken.err().contains("crawl: content/pages/ünïcödé.adoc: file name 'ünïcödé' is not a valid slug"), broken.err());
    }

    private record Run(int status, String err) {
    }

    private static Run run(Path site, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), SiteCommandLine.class.getName(),
            "build", "--source", site.toString(), "--output", output.toString()));
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("LANG", "C");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = Files.createTempFile(output.getParent(), "err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not end within 180 s");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Run(process.exitValue(), text);
    }
}
