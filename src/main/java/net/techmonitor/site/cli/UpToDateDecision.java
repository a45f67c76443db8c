package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.SiteBuild;
import net.techmonitor.site.pipeline.UpToDateCheck;
import net.techmonitor.site.settings.SiteSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether {@code build} may skip, and, when it may not, what it records for the next one to decide
 * ({@link UpToDateCheck} hashes and compares). Only a recorded build can make this one unnecessary; without one, no
 * file is read before the build reads it: the content's AsciiDoc files are hashed as the build reads them, once.
 */
final class UpToDateDecision {
    private final UpToDateCheck check;
    /** The hash of the inputs read before the build, or null when they are hashed as the build reads them. */
    private String inputs;
    private Map<Path, String> digests = Map.of();

    private UpToDateDecision(UpToDateCheck check, String inputs) {
        this.check = check;
        this.inputs = inputs;
    }

    /** @param force {@code --force}: build whatever the record says */
    static UpToDateDecision make(SiteSettings settings, boolean force) throws IOException {
        UpToDateCheck check = new UpToDateCheck(settings);
        return new UpToDateDecision(check, !force && check.hasRecord() ? check.inputs() : null);
    }

    /** The last build, when nothing changed since it: then this one is skipped. */
    Optional<UpToDateCheck.LastBuild> lastBuildStillCurrent() throws IOException {
        return inputs == null ? Optional.empty() : check.upToDate(inputs);
    }

    /**
     * From here the output may be replaced: until this build succeeds, no later build may be skipped. Hashes the
     * inputs the build will not hash itself, before the build uses them.
     */
    void beforeBuilding() throws IOException {
        check.forget();
        digests = inputs != null ? Map.of() : check.digestsBeforeBuild();
    }

    /** Records the successful build, with the notices it printed, for the next one to compare against. */
    void afterBuilding(SiteBuild.Report report, List<String> notices) throws IOException {
        if (inputs == null) {
            inputs = check.inputsAfterBuild(digests, report.fileDigests());
        }
        check.record(inputs, notices);
    }
}
