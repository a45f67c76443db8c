package net.techmonitor.site.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * A file created by {@code new}: where it is, and what the editor still has to fill in. A file with gaps is a
 * draft, so the site builds at once either way; it is published by filling the gaps and setting
 * {@code :jbake-status: published}.
 */
public record NewContent(Path file, boolean draft, List<String> toFill) {
}
