package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.timing.ProgressDisplay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * The builds of a preview ({@code serve}), where an editor waits for each save: each is a {@link SiteBuild} run on
 * the site the last good build left, with the files saved since. The build's stages decide what that changes (see
 * {@link SiteChange#canBuildOn} and {@link PageChanges}); this class keeps what the preview needs between saves: the
 * built site, the saves a failed build leaves for the next, and the warm-up rehearsals before the first save.
 *
 * <p>The result is the site a whole build would write, file for file: {@code PreviewRebuildTest} compares them.</p>
 */
public final class PreviewRebuilder {
    private final SiteBuild build;
    private volatile boolean saveSeen;
    private boolean rehearsing;
    /** What the output holds now; null when the next build must be whole. */
    private BuiltSite built;

    /** Files saved since the last good build (a build with problems leaves them for the next one). */
    private final Set<Path> pending = new TreeSet<>();

    /** What a rebuild did: how many pages the site has, how many files it wrote or deleted, and whether it was whole. */
    public record Result(int pages, int written, int deleted, boolean whole, long millis) {
    }

    /**
     * @param swapLock held while files of the output change (the preview server reads under its read side)
     * @param display  where a whole build's long work counts (a save, or a rehearsal, converts too few files to show)
     */
    public PreviewRebuilder(SiteSettings settings, Lock swapLock, Consumer<BuildMessage> progress, ProgressDisplay display) {
        // A rehearsal is the preview's own warm-up: what it finds is not news for the editor.
        Consumer<BuildMessage> shown = message -> {
            if (!rehearsing) {
                progress.accept(message);
            }
        };
        this.build = new SiteBuild(settings, shown, display, swapLock, true, () -> saveSeen);
    }

    /**
     * @param changed the files saved since the last rebuild
     * @param anything true when the watcher lost track (everything may have changed)
     */
    public synchronized Result rebuild(Set<Path> changed, boolean anything) throws IOException {
        changed.forEach(path -> pending.add(path.toAbsolutePath().normalize()));
        try {
            SiteBuild.Report report = build.run(SiteBuild.Mode.PUBLISH, new SiteChange(pending, anything, false), built);
            built = report.built();
            pending.clear();
            return new Result(report.pages(), report.written(), report.deleted(), report.whole(), report.millis());
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof SiteProblemsException)) {
                // Some file may have been written and not another: the next build starts again from nothing.
                built = null;
            }
            throw e;
        }
    }

    /**
     * Runs a build as if this file had been saved unchanged, and writes nothing: the preview does a few while the
     * editor has not saved yet, so that the JIT has compiled the path a save takes (reading the file's folder again,
     * rendering the file's pages, reading their links) before the first save is waited for.
     *
     * @return false once a save was seen (the warm-up is over: the editor's saves come first)
     */
    public boolean rehearse(Path asIfSaved) throws IOException {
        if (saveSeen) {
            return false;
        }
        synchronized (this) {
            if (built != null && pending.isEmpty() && !saveSeen) {
                rehearsing = true;
                try {
                    build.run(SiteBuild.Mode.REHEARSE, new SiteChange(Set.of(asIfSaved.toAbsolutePath().normalize()), false, true), built);
                } catch (SiteBuild.Stopped e) {
                    // a save came: it goes first
                } finally {
                    rehearsing = false;
                }
            }
        }
        return !saveSeen;
    }

    /**
     * Says a save was seen: rehearsals stop (the one running gives up at its next stage), so that the save waits
     * for no rehearsal. The editor is at work; from now on the JIT warms up on real saves.
     */
    public void saveSeen() {
        saveSeen = true;
    }
}
