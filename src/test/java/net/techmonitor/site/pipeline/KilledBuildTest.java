package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.bench.SyntheticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real build processes killed with SIGKILL: at 30, 60 and 90 % of a build, and at each step of the swap (held there
 * by the publisher's {@code techmonitor.test.pauseAt} seam). After every kill the output, opened through its path as
 * a reader would, is a complete site, the previous one or the new one, byte for byte; the next build succeeds, says
 * it restored the site when it had to, and leaves no staging, previous, link or unused version folder behind.
 */
class KilledBuildTest {
    private static final int ARTICLES = 120;

    @TempDir
    Path temp;

    private int edits;
    private int children;
    private Path log;

    @Test
    void aBuildKilledAnywhereLeavesACompleteSiteAndTheNextBuildCleansUp() throws Exception {
        Path site = temp.resolve("site");
        new SyntheticSite(ARTICLES).write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        Path output = site.resolve("target/site");
        TestSites.Run first = TestSites.build(site, output);
        assertEquals(0, first.exitCode(), first.err());

        // A whole build in a child process, to know how long one takes (conversions cached, as in every kill below).
        edit(site);
        long started = System.nanoTime();
        Process whole = child(site, output, List.of());
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS), "the child build finishes");
        assertEquals(0, whole.exitValue(), Files.readString(log));
        long millis = (System.nanoTime() - started) / 1_000_000;

        for (double fraction : new double[]{0.3, 0.6, 0.9}) {
            Map<String, String> previous = Snapshots.of(output);
            edit(site);
            Process build = child(site, output, List.of());
            Thread.sleep((long) (millis * fraction));
            kill(build);
            Map<String, String> afterKill = Snapshots.of(output);
            Map<String, String> next = buildAgain(site, output, false, "killed at " + fraction);
            assertTrue(afterKill.equals(previous) || afterKill.equals(next), "killed at " + (int) (fraction * 100)
                + " % of a build: the output is the complete previous or new site");
        }

        for (String step : List.of("swap", "version", "link", "published")) {
            Map<String, String> previous = Snapshots.of(output);
            edit(site);
            Process build = child(site, output, List.of("-Dtechmonitor.test.pauseAt=" + step));
            awaitPause(build, step);
            kill(build);
            Map<String, String> afterKill = Snapshots.of(output);
            Map<String, String> next = buildAgain(site, output, false, "killed at " + step);
            assertFalse(previous.equals(next), "the edit changed the site");
            assertEquals(step.equals("published") ? next : previous, afterKill, "killed at the swap's step '" + step
                + "': the output is the complete " + (step.equals("published") ? "new" : "previous") + " site");
        }

        // Without links (what Windows gets) a kill between the two renames leaves no output, and the site aside: the
        // next command puts it back before anything else, a check too, and says so.
        Map<String, String> previous = Snapshots.of(output);
        edit(site);
        Process build = child(site, output, List.of("-Dtechmonitor.publish.links=false", "-Dtechmonitor.test.pauseAt=aside"));
        awaitPause(build, "aside");
        kill(build);
        assertFalse(Files.exists(output, LinkOption.NOFOLLOW_LINKS), "killed between the two renames");
        TestSites.Run check = TestSites.check(site);
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("publish: restored the last complete site into " + output), check.out());
        assertEquals(previous, Snapshots.of(output), "the check put the last complete site back");
        assertEquals(List.of(), Snapshots.leftovers(output.getParent(), "site"));
        buildAgain(site, output, false, "after the check");
    }

    /** The next build: it succeeds, says it restored only when told to expect it, and leaves nothing behind. */
    private static Map<String, String> buildAgain(Path site, Path output, boolean restores, String after) {
        TestSites.Run next = TestSites.build(site, output);
        assertEquals(0, next.exitCode(), after + ": " + next.err());
        assertEquals(restores, next.out().contains("publish: restored the last complete site"), after + ": " + next.out());
        assertEquals(List.of(), Snapshots.leftovers(output.getParent(), output.getFileName().toString()), after);
        return Snapshots.of(output);
    }

    /** Changes one article, so that the next build's site differs from the last one's. */
    private void edit(Path site) throws IOException {
        Path article = site.resolve("content").resolve(new SyntheticSite(ARTICLES).articlePath(0));
        Files.writeString(article, Files.readString(article) + "\nEdit number " + (++edits) + ".\n");
    }

    private Process child(Path site, Path output, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dtechmonitor.tuned=true", "-XX:TieredStopAtLevel=1", "-Xmx512m"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "net.techmonitor.site.cli.SiteCommandLine",
            "build", "--source", site.toString(), "--output", output.toString()));
        log = temp.resolve("child-" + (++children) + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally block runs
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }

    /** Waits until the child says it is held at this step of the swap. */
    private void awaitPause(Process process, String step) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readAllLines(log).contains("test seam: paused at " + step)) {
                return;
            }
            assertTrue(process.isAlive(), "the build ended before pausing at " + step + ": " + Files.readString(log));
            Thread.sleep(20);
        }
        throw new AssertionError("the build did not pause at " + step + ": " + Files.readString(log));
    }
}
