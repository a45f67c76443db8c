package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.BuildState;
import net.techmonitor.site.pipeline.SiteBuild;
import net.techmonitor.site.pipeline.UpToDateCheck;
import net.techmonitor.site.settings.SiteSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether {@code build} may skip, and, when it may not, what it may build on and what it records for the next one to
 * decide ({@link UpToDateCheck} hashes and compares). Only a recorded build can make this one unnecessary; without
 * one, no file is read before the build reads it: the content's AsciiDoc files are hashed as the build reads them, once.
 */
final class UpToDateDecision {
    private final UpToDateCheck check;
    private final boolean force;
    /** The hashes of the inputs read before the build, or null when they are hashed as the build reads them. */
    private final UpToDateCheck.Inputs inputs;
    private String recorded;
    private UpToDateCheck.BeforeBuild before;

    private UpToDateDecision(UpToDateCheck check, boolean force, UpToDateCheck.Inputs inputs) {
        this.check = check;
        this.force = force;
        this.inputs = inputs;
        this.recorded = inputs == null ? null : inputs.all();
    }

    /** @param force {@code --force}: build whatever the record says, and render every page */
    static UpToDateDecision make(SiteSettings settings, boolean force) throws IOException {
        UpToDateCheck check = new UpToDateCheck(settings);
        return new UpToDateDecision(check, force, !force && check.hasRecord() ? check.inputs() : null);
    }

    /** The last build, when nothing changed since it: then this one is skipped. */
    Optional<UpToDateCheck.LastBuild> lastBuildStillCurrent() throws IOException {
        Optional<UpToDateCheck.LastBuild> last = inputs == null ? Optional.empty() : check.upToDate(inputs.all());
        if (last.isPresent()) {
            check.keepFileDigests(); // a file touched but not changed is then not read again by the next build
        }
        return last;
    }

    /** Whether an AsciiDoc file of the content is new or edited since a build last hashed it (then it is likely converted). */
    boolean asciidocEdited() throws IOException {
        return inputs != null ? inputs.asciidocEdited() : check.asciidocEdited();
    }

    /**
     * From here the output may be replaced: until this build succeeds, no later build may be skipped. Hashes the
     * inputs the build will not hash itself, before the build uses them.
     */
    void beforeBuilding() throws IOException {
        check.forget();
        before = inputs != null ? null : check.digestsBeforeBuild();
    }

    /** The digest of everything but the content's AsciiDoc files, which a state kept for the next build is valid for. */
    String frame() {
        return inputs != null ? inputs.frame() : before.frame();
    }

    /**
     * What the last build kept for a build of this frame to build on, unless {@code --force} asks for every page.
     * (A failed build keeps what the last good one kept: the output is still that one's.)
     */
    BuildState lastState() {
        return force ? null : check.lastState(frame()).orElse(null);
    }

    /** Records the successful build, with the notices it printed and the state it kept, for the next one. */
    void afterBuilding(SiteBuild.Report report, List<String> notices) throws IOException {
        if (recorded == null) {
            recorded = check.inputsAfterBuild(before == null ? Map.<Path, String>of() : before.digests(), report.fileDigests());
        }
        check.record(recorded, notices, report.next());
    }
}
