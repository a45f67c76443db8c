package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.timing.ProgressDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small site's build is quiet: even on a terminal (forced, as tests have none), it prints its stages' lines and
 * no "count of total" line, redrawn or plain.
 */
class BuildProgressTest {
    @TempDir
    Path temp;

    @Test
    void aSmallSitesBuildPrintsNoProgressLineOnATerminalOrInALog() {
        Path site = TestSites.fixture("minimal", temp);
        String before = System.getProperty(ProgressDisplay.PROPERTY);
        try {
            for (String mode : List.of("terminal", "plain")) {
                System.setProperty(ProgressDisplay.PROPERTY, mode);
                TestSites.Run run = TestSites.build(site, temp.resolve("out/site"), "--force");
                assertEquals(ExitStatus.OK, run.exitCode(), run.err());
                assertFalse(run.out().contains("\r"), mode + ": no line redrawn: " + run.out());
                assertTrue(run.out().lines().noneMatch(line -> line.matches(".*\\d+ of \\d+ (documents|PDF editions).*")), mode + ": " + run.out());
                assertTrue(run.out().lines().anyMatch(line -> line.matches("  crawl: \\d+ content files read")), run.out());
                assertTrue(run.out().lines().anyMatch(line -> line.startsWith("Built ")), run.out());
            }
        } finally {
            if (before == null) {
                System.clearProperty(ProgressDisplay.PROPERTY);
            } else {
                System.setProperty(ProgressDisplay.PROPERTY, before);
            }
        }
    }
}
