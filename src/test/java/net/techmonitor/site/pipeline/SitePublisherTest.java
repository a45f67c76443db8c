package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A publish whose file operations fail (an injected EIO at each step, through the publisher's FileMoves seam) and
 * output places that cannot be used: the output keeps a complete site, the command exits 4 with a message naming
 * the operation and the files in plain words, and the next build cleans up. Never exit 3.
 */
class SitePublisherTest {
    private static final String EIO = "Input/output error";
    private static final String INTACT = " (nothing was published; the previous output, if any, is unchanged)";

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheSeams() {
        SitePublisher.moves = SitePublisher.SYSTEM;
        System.clearProperty(SitePublisher.LINKS_PROPERTY);
    }

    /** The real file operations, but the first move matching {@code when} fails as a disk would (EIO). */
    private static SitePublisher.FileMoves failingMove(BiPredicate<Path, Path> when) {
        return failingMoves(when, true);
    }

    /** The real file operations; a test double overrides the one that fails. */
    private static class SystemMoves implements SitePublisher.FileMoves {
        @Override
        public void move(Path from, Path to) throws IOException {
            SitePublisher.SYSTEM.move(from, to);
        }

        @Override
        public void link(Path link, Path target) throws IOException {
            SitePublisher.SYSTEM.link(link, target);
        }

        @Override
        public void deleteTree(Path root) throws IOException {
            SitePublisher.SYSTEM.deleteTree(root);
        }
    }

    /** The real file operations, but the moves matching {@code when} fail as a disk would (EIO): the first, or every one. */
    private static SitePublisher.FileMoves failingMoves(BiPredicate<Path, Path> when, boolean firstOnly) {
        return new SystemMoves() {
            private boolean failed;

            @Override
            public void move(Path from, Path to) throws IOException {
                if (!(firstOnly && failed) && when.test(from, to)) {
                    failed = true;
                    throw new FileSystemException(from.toString(), to.toString(), EIO);
                }
                super.move(from, to);
            }
        };
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    /** A good build, a failing one (exit 4, this message), the output unchanged, then a build that leaves nothing behind. */
    private void assertFailedPublishKeepsTheSite(SitePublisher.FileMoves failing, String expectedMessage) throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        Map<String, String> before = Snapshots.of(output);
        SitePublisher.moves = failing;
        TestSites.Run failed = TestSites.build(site, output, "--force");
        SitePublisher.moves = SitePublisher.SYSTEM;
        assertEquals(4, failed.exitCode(), failed.err());
        String message = failed.errorLines().get(0).replaceAll("-staging-\\d+", "-staging-N").replaceAll("-(link|previous)-[0-9a-f-]{36}", "-$1-ID");
        assertEquals(expectedMessage.replace("TEMP", temp.toString()), message);
        assertFalse(failed.err().contains("Exception") || failed.err().contains("java."), failed.err());
        assertEquals(before, Snapshots.of(output), "the output still holds the complete previous site");
        TestSites.Run next = TestSites.build(site, output, "--force");
        assertEquals(0, next.exitCode(), next.err());
        assertEquals(List.of(), Snapshots.leftovers(temp, "out"));
    }

    @Test
    void aFailingRenameOfTheNewSiteToItsVersionLeavesTheOutputAsItWas() throws IOException {
        assertFailedPublishKeepsTheSite(failingMove((from, to) -> name(to).startsWith(".out-v")),
            "error: cannot rename the new site's folder: renaming TEMP/.out-staging-N to TEMP/.out-v2 failed: " + EIO + INTACT);
    }

    @Test
    void aFailingLinkLeavesTheOutputAsItWas() throws IOException {
        assertFailedPublishKeepsTheSite(new SystemMoves() {
            @Override
            public void link(Path link, Path target) throws IOException {
                throw new FileSystemException(link.toString(), null, EIO);
            }
        }, "error: cannot make the link TEMP/.out-link-ID to .out-v2: " + EIO + INTACT);
    }

    @Test
    void aFailingRenameOfTheLinkOverTheOutputLeavesTheOutputAsItWas() throws IOException {
        assertFailedPublishKeepsTheSite(failingMove((from, to) -> name(to).equals("out")),
            "error: cannot rename the new site: renaming TEMP/.out-link-ID to TEMP/out failed: " + EIO + INTACT);
    }

    @Test
    void withoutLinksAFailingMoveAsideLeavesTheOutputAsItWas() throws IOException {
        System.setProperty(SitePublisher.LINKS_PROPERTY, "false");
        assertFailedPublishKeepsTheSite(failingMove((from, to) -> name(from).equals("out")),
            "error: cannot move the output aside: renaming TEMP/out to TEMP/.out-previous-ID failed: " + EIO + INTACT);
    }

    @Test
    void withoutLinksAFailingSecondRenameMovesTheOldOutputBack() throws IOException {
        System.setProperty(SitePublisher.LINKS_PROPERTY, "false");
        assertFailedPublishKeepsTheSite(failingMove((from, to) -> name(to).equals("out") && name(from).contains("-staging-")),
            "error: cannot rename the new site: renaming TEMP/.out-staging-N to TEMP/out failed: " + EIO + INTACT);
    }

    @Test
    void withoutLinksASecondRenameAndItsUndoFailingLeaveTheSiteForTheNextBuildToPutBack() throws IOException {
        System.setProperty(SitePublisher.LINKS_PROPERTY, "false");
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        Map<String, String> before = Snapshots.of(output);
        SitePublisher.moves = failingMoves((from, to) -> name(to).equals("out"), false);
        TestSites.Run failed = TestSites.build(site, output, "--force");
        SitePublisher.moves = SitePublisher.SYSTEM;
        assertEquals(4, failed.exitCode(), failed.err());
        assertTrue(failed.errorLines().get(0).matches("error: cannot rename the new site: renaming \\S+/\\.out-staging-\\d+ to \\S+/out failed: "
            + EIO + "; the last complete site is in \\S+/\\.out-previous-[0-9a-f-]{36} and the next build puts it back \\(nothing was published\\)"),
            failed.err());
        // The one state the fallback cannot avoid: no output until the next build, which puts the last site back first.
        assertFalse(Files.exists(output, LinkOption.NOFOLLOW_LINKS));
        TestSites.Run check = TestSites.build(site, output, "--force");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("publish: restored the last complete site into " + output), check.out());
        assertEquals(before, Snapshots.of(output));
        assertEquals(List.of(), Snapshots.leftovers(temp, "out"));
    }

    @Test
    void aFailingDeleteOfTheOldVersionStillPublishesAndTheNextBuildDeletesIt() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        SitePublisher.moves = new SystemMoves() {
            @Override
            public void deleteTree(Path root) throws IOException {
                throw new FileSystemException(root.toString(), null, EIO);
            }
        };
        TestSites.Run published = TestSites.build(site, output, "--force");
        SitePublisher.moves = SitePublisher.SYSTEM;
        assertEquals(0, published.exitCode(), published.err());
        assertTrue(published.out().contains("  publish: could not delete the previous site's folder " + temp.resolve(".out-v1")
            + " (the next build deletes it)"), published.out());
        assertEquals(temp.resolve(".out-v2"), output.toRealPath());
        assertEquals(List.of(".out-v1"), Snapshots.leftovers(temp, "out"));
        assertEquals(0, TestSites.build(site, output, "--force").exitCode());
        assertEquals(List.of(), Snapshots.leftovers(temp, "out"));
    }

    @Test
    void theOutputIsALinkToAVersionFolderAndAnOlderRealOutputFolderIsReplaced() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        System.setProperty(SitePublisher.LINKS_PROPERTY, "false");
        assertEquals(0, TestSites.build(site, output).exitCode());
        assertTrue(Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS), "without links the output is a real folder");
        Map<String, String> withoutLinks = Snapshots.of(output);
        System.clearProperty(SitePublisher.LINKS_PROPERTY);
        assertEquals(0, TestSites.build(site, output, "--force").exitCode());
        assertTrue(Files.isSymbolicLink(output));
        assertEquals(Path.of(".out-v1"), Files.readSymbolicLink(output), "a relative link: moving the folder keeps it working");
        assertEquals(withoutLinks, Snapshots.of(output), "the same site, byte for byte");
        assertEquals(0, TestSites.build(site, output, "--force").exitCode());
        assertEquals(Path.of(".out-v2"), Files.readSymbolicLink(output));
        assertEquals(List.of(), Snapshots.leftovers(temp, "out"));
        TestSites.Run upToDate = TestSites.build(site, output);
        // The last build's notices (this fixture sets no licence) come first, then the verdict.
        assertTrue(upToDate.out().lines().anyMatch(line -> line.startsWith("Up to date")),
            "the up-to-date check reads the folder the link leads to: " + upToDate.out());
    }

    // Places that cannot hold the output: refused before building, exit 4, the message as the README documents.

    @Test
    void aReadOnlyOutputFolderIsRefused() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        Map<String, String> before = Snapshots.of(output);
        try (ReadOnly ignored = ReadOnly.make(output.toRealPath())) {
            TestSites.Run refused = TestSites.build(site, output, "--force");
            assertEquals(4, refused.exitCode(), refused.err());
            assertEquals(List.of("error: cannot write in " + output + " (expected an output folder this user may replace; check its "
                + "permissions or choose another --output)"), refused.errorLines());
        }
        assertEquals(before, Snapshots.of(output));
    }

    @Test
    void anOutputInAReadOnlyFolderIsRefused() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path parent = Files.createDirectories(temp.resolve("read-only"));
        try (ReadOnly ignored = ReadOnly.make(parent)) {
            TestSites.Run refused = TestSites.build(site, parent.resolve("out"));
            assertEquals(4, refused.exitCode(), refused.err());
            assertEquals(List.of("error: cannot write in " + parent + " (expected a folder this user may write in, to hold the built site "
                + "out and its staging folder; check its permissions or choose another --output)"), refused.errorLines());
            try (Stream<Path> entries = Files.list(parent)) {
                assertEquals(0, entries.count());
            }
        }
    }

    @Test
    void theRootFolderAndAnOutputUnderAFileAreRefused() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        TestSites.Run root = TestSites.build(site, Path.of("/"));
        assertEquals(4, root.exitCode(), root.err());
        assertEquals(List.of("error: / is a root folder (expected a folder of its own for the built site, e.g. target/site; every build "
            + "replaces the output folder as a whole)"), root.errorLines());
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file\n");
        TestSites.Run underFile = TestSites.build(site, file.resolve("out"));
        assertEquals(4, underFile.exitCode(), underFile.err());
        assertEquals(List.of("error: " + file + " is a file, not a folder (expected a folder to hold out)"), underFile.errorLines());
        assertEquals("a file\n", Files.readString(file));
    }

    /**
     * A folder this process cannot write in, until closed. For root, whom permissions do not stop, the immutable
     * attribute ({@code chattr +i}) does it; where neither works the test is skipped, saying why.
     */
    private record ReadOnly(Path folder, boolean immutable) implements AutoCloseable {
        static ReadOnly make(Path folder) throws IOException {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!Files.isWritable(folder)) {
                return new ReadOnly(folder, false);
            }
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            boolean immutable = chattr("+i", folder) && !Files.isWritable(folder);
            Assumptions.assumeTrue(immutable, "running as a user whom permissions do not stop, and chattr +i is not available here: "
                + "no way to make " + folder + " read-only");
            return new ReadOnly(folder, true);
        }

        private static boolean chattr(String flag, Path folder) {
            try {
                return new ProcessBuilder("chattr", flag, folder.toString()).inheritIO().start().waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            if (immutable) {
                chattr("-i", folder);
            }
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
