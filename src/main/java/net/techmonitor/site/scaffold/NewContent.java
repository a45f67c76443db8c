package net.techmonitor.site.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * A file created by {@code new}: where it is, what the editor still has to fill in, and what {@code new} took from
 * elsewhere that the editor should know of (an article's date taken from its issue). A file with gaps is a draft, so
 * the site builds at once either way; it is published by filling the gaps and setting {@code :jbake-status: published}.
 */
public record NewContent(Path file, boolean draft, List<String> toFill, List<String> notes) {
    public NewContent {
        toFill = List.copyOf(toFill);
        notes = List.copyOf(notes);
    }
}
