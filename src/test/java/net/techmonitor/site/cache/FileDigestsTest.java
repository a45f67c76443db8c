package net.techmonitor.site.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file is hashed again unless every attribute of it is as recorded: any change of its bytes, even one that keeps
 * its size and modification time, is seen; and a file changed just before it was hashed is not recorded at all.
 */
class FileDigestsTest {
    @TempDir
    Path temp;

    @Test
    void aRecordedFileIsKnownUntilItChangesInAnyWay() throws IOException, InterruptedException {
        Path file = temp.resolve("a.adoc");
        Files.writeString(file, "= First\n");
        Path record = temp.resolve("cache/file-digests");
        FileDigests first = FileDigests.loadedFrom(record, Duration.ZERO);
        String digest = first.of(file);
        assertEquals(ContentKey.ofFile(Files.readAllBytes(file)), digest);
        first.save();

        FileDigests next = FileDigests.loadedFrom(record, Duration.ZERO);
        assertTrue(next.unchanged(file), "recorded, and not touched since");
        assertEquals(digest, next.of(file));

        // The same size, and the modification time put back: the change time (and so the record) still differs.
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        Files.writeString(file, "= Other\n");
        Files.setLastModifiedTime(file, modified);
        assertFalse(next.unchanged(file), "its bytes changed, whatever its modification time says");
        assertNotEquals(digest, next.of(file));
        assertEquals(ContentKey.ofFile(Files.readAllBytes(file)), next.of(file));
    }

    @Test
    void aFileChangedJustBeforeItWasHashedIsNotRecorded() throws IOException {
        Path file = temp.resolve("b.adoc");
        Files.writeString(file, "= Fresh\n");
        Path record = temp.resolve("file-digests");
        FileDigests digests = FileDigests.loadedFrom(record, Duration.ofHours(1));
        digests.of(file);
        digests.save();
        assertFalse(FileDigests.loadedFrom(record, Duration.ofHours(1)).unchanged(file),
            "modified within the settling time: a second change within the file system's time granularity could go unseen");

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        assertFalse(FileDigests.loadedFrom(record, Duration.ofHours(1)).unchanged(file), "an unrecorded file is not known");
    }

    @Test
    void aDamagedRecordIsNoRecord() throws IOException {
        Path file = temp.resolve("c.adoc");
        Files.writeString(file, "= C\n");
        Path record = temp.resolve("file-digests");
        FileDigests digests = FileDigests.loadedFrom(record, Duration.ZERO);
        digests.of(file);
        digests.save();
        Files.writeString(record, Files.readString(record).replaceFirst("\n([0-9]+) ", "\nx$1 "));
        assertFalse(FileDigests.loadedFrom(record, Duration.ZERO).unchanged(file));
    }

    @Test
    void aDerivedDigestIsKeptWithTheFilesOwnAndDroppedForAnotherGenerator() throws IOException {
        Path file = temp.resolve("d.adoc");
        Files.writeString(file, "= D\n");
        Path record = temp.resolve("file-digests");
        FileDigests first = FileDigests.loadedFrom(record, Duration.ZERO);
        byte[] bytes = Files.readAllBytes(file);
        FileDigests.Stamp stamp = FileDigests.stamp(file);
        String digest = first.of(file, bytes, stamp);
        assertEquals("derived-once", first.derived(file, digest, () -> "derived-once"));
        first.save();

        FileDigests next = FileDigests.loadedFrom(record, Duration.ZERO);
        assertEquals("derived-once", next.derived(file, digest, () -> "derived-again"), "not worked out again");
        assertEquals("derived-once", next.lastDerived(file));

        // The same bytes written again (as a fresh checkout writes them): other attributes, the same derived digest.
        Files.writeString(file, "= D\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        FileDigests.Stamp rewritten = FileDigests.stamp(file);
        assertNotEquals(stamp, rewritten);
        next.of(file, bytes, rewritten);
        assertEquals("derived-once", next.derived(file, digest, () -> "derived-again"));
        assertEquals("derived-other", next.derived(file, ContentKey.ofFile("= E\n".getBytes()), () -> "derived-other"),
            "other bytes: worked out");
        next.save();

        // Another generator's record: the file's digest still holds, what its code derived does not.
        Files.writeString(record, Files.readString(record).replaceFirst("^(techmonitor-file-digests [0-9]+) [^\n]+", "$1 another"));
        FileDigests other = FileDigests.loadedFrom(record, Duration.ZERO);
        assertTrue(other.unchanged(file));
        assertEquals("derived-again", other.derived(file, digest, () -> "derived-again"));
    }
}
