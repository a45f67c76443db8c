package net.techmonitor.site.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in an editor's words: the file and what went wrong, never a Java class name. A full disk or a
 * read-only folder is the machine's trouble, not a bug in the generator.
 */
final class PlainIoMessage {
    private PlainIoMessage() {
    }

    static String of(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        String context = failure instanceof UncheckedIOException && failure.getMessage() != null && cause != null
            && !failure.getMessage().equals(String.valueOf(cause)) ? failure.getMessage().replaceAll(":\\s*\\S*Exception.*$", "") + ": " : "";
        return context + describe(cause);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (cause instanceof NotDirectoryException notFolder) {
            return notFolder.getFile() + " is a file, not a folder";
        }
        if (cause instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " already exists";
        }
        if (cause instanceof DirectoryNotEmptyException notEmpty) {
            return "folder not empty: " + notEmpty.getFile();
        }
        if (cause instanceof FileSystemException system) {
            String reason = system.getReason() == null ? "failed" : system.getReason();
            return (system.getOtherFile() == null ? "" : "moving " + system.getFile() + " to " + system.getOtherFile() + ": ")
                + (system.getOtherFile() == null && system.getFile() != null ? system.getFile() + ": " : "") + reason;
        }
        if (cause instanceof IOException io && io.getMessage() != null) {
            return io.getMessage();
        }
        return cause == null ? "input or output failed" : "input or output failed: " + cause.getMessage();
    }
}
