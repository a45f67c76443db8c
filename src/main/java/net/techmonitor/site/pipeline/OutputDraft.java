package net.techmonitor.site.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build writes before it publishes: a whole build into a staging folder that replaces the output in one
 * step ({@link StagingDraft}); a build on a preview's built site into memory, written into the output file by file
 * ({@link InPlaceDraft}). Either way nothing reaches the output before every check passed.
 */
interface OutputDraft {

    /** Writes (or keeps, to write on publishing) one file of the site; safe to call from several threads. */
    void write(String outputPath, String text) throws IOException;

    /** The staging folder, where files are copied and PDFs written; empty for a draft kept in memory. */
    Optional<Path> folder();

    /** Makes the draft the output, deleting these output paths of the built site. */
    void publish(java.util.Set<String> deleted) throws IOException;

    /** Throws the draft away; the output stays as it was. */
    void discard() throws IOException;
}
