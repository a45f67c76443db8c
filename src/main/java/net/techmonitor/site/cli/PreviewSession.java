package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpServer;
import net.techmonitor.site.pipeline.PreviewRebuilder;
import net.techmonitor.site.timing.ProgressDisplay;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.VisibleText;
import net.techmonitor.site.problems.SiteProblemsException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code serve}: builds the site into a preview folder, serves it, and rebuilds when a file under
 * {@code content/}, {@code templates/} or {@code assets/} (or {@code jbake.properties}) is saved; open pages
 * reload by themselves after each successful rebuild. A failed rebuild prints its problems and keeps serving
 * the last good preview.
 */
final class PreviewSession implements AutoCloseable {
    private static final long SETTLE_MILLIS = 25;
    private static final int WARM_UP_FILES = 20;
    /** About ten seconds of warming on a 1,000-article site; each round is a conversion and a rehearsal. */
    private static final int WARM_UP_ROUNDS = 40;

    private final SiteSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    /** Builds finished, well or with problems: open pages reload when it moves, to show the problems or their fix. */
    private final AtomicLong finished = new AtomicLong();
    /** The last build's problems as the terminal shows them, one per line; empty after a good build. */
    private volatile String problems = "";
    /** Rebuilds swap the preview folder under the write side; the server reads under the read side. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final PreviewRebuilder rebuilder;
    private final WatchService watcher;
    private final HttpServer server;
    private final Thread watching;
    private Thread warming;

    private PreviewSession(SiteSettings settings, int port, PrintStream out, PrintStream err) throws IOException {
        this.settings = settings;
        this.out = out;
        this.err = err;
        // What a rebuild changed in content without failing (unsafe raw HTML removed, a PDF glyph missing) is shown as
        // `build` shows it; its routine lines (files read, pages written, links checked) would only scroll by on every save.
        this.rebuilder = new PreviewRebuilder(settings, swap.writeLock(), message -> {
            if (message.isNotice()) {
                out.println("  " + message.text());
            }
        }, ProgressDisplay.forStandardOutput(out, "  "));
        rebuild(Set.of(), true);
        this.watcher = FileSystems.getDefault().newWatchService();
        for (String folder : new String[]{"content", "templates", "assets"}) {
            registerTree(settings.siteRoot().resolve(folder));
        }
        settings.siteRoot().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        this.server = PreviewServer.start(settings.output(), settings.basePath(), port, finished::get, () -> problems,
            swap.readLock());
        warmUpAhead();
        this.watching = new Thread(this::watch, "preview-watch");
        this.watching.setDaemon(true);
        this.watching.start();
    }

    static PreviewSession start(SiteSettings settings, int port, PrintStream out, PrintStream err) throws IOException {
        return new PreviewSession(settings, port, out, err);
    }

    int port() {
        return server.getAddress().getPort();
    }


    /**
     * Gets the preview ready for the editor's first save, in the background: when every file came from the build
     * cache Asciidoctor was never started, and the in-place rebuild has not run yet, so the first save would wait
     * seconds for JRuby to start and for the JIT. This starts Asciidoctor, then, round after round, converts one of
     * the site's own files (nothing is kept) and rehearses the in-place rebuild as if that file had been saved
     * (nothing is written). The samples are spread over the whole site, so that every kind of page is rendered. The
     * warm-up ends at the first save, which waits for at most the current step.
     */
    private void warmUpAhead() {
        Thread warm = new Thread(() -> {
            try {
                List<Path> files;
                try (var walk = Files.walk(settings.contentFolder())) {
                    files = walk.filter(path -> path.toString().endsWith(".adoc")).sorted().toList();
                }
                if (files.isEmpty()) {
                    return;
                }
                int step = Math.max(1, files.size() / WARM_UP_FILES);
                for (int round = 0; round < WARM_UP_ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
                    Path sample = files.get((round * step) % files.size());
                    // The cache spares a rehearsal the conversion a real save needs: convert here, as a save would.
                    AsciidocConverter.shared().convert(sample, Files.readString(sample), (line, message) -> { }, settings.limits());
                    if (!rebuilder.rehearse(sample)) {
                        return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Only a head start: a save is rebuilt all the same, only more slowly.
            }
        }, "preview-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        this.warming = warm;
    }

    private synchronized void rebuild(Set<Path> changed, boolean anything) {
        try {
            PreviewRebuilder.Result result = rebuilder.rebuild(changed, anything);
            problems = "";
            if (result.whole()) {
                out.printf(Locale.ROOT, "Rebuilt %d pages in %.1f s%n", result.pages(), result.millis() / 1000.0);
            } else {
                out.printf(Locale.ROOT, "Updated %d file(s), deleted %d, of %d pages, in %d ms%n", result.written(), result.deleted(),
                    result.pages(), result.millis());
            }
        } catch (SiteProblemsException e) {
            List<String> lines = new java.util.ArrayList<>();
            for (Problem problem : e.problems()) {
                lines.add(problem.format());
            }
            lines.add("Preview not updated: " + e.problems().size() + " problem(s); still serving the last good build.");
            lines.forEach(err::println);
            problems = String.join("\n", lines);
        } catch (IOException | RuntimeException e) {
            String line = "Preview not updated: " + VisibleText.of(e instanceof IOException || e instanceof java.io.UncheckedIOException
                ? PlainIoMessage.of(e) : String.valueOf(e));
            err.println(line);
            problems = line;
        } finally {
            finished.incrementAndGet();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                rebuilder.saveSeen();
                Changes changes = new Changes();
                drain(key, changes);
                // Editors' tools save in several steps (temporary file, rename); let them settle, then build once.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changes);
                }
                if (changes.anything || !changes.files.isEmpty()) {
                    rebuild(changes.files, changes.anything);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What was saved since the last rebuild; {@code anything} when the watcher lost count of events. */
    private static final class Changes {
        final Set<Path> files = new java.util.TreeSet<>();
        boolean anything;
    }

    /** Handles one key's events: registers new folders, and notes every change worth a rebuild. */
    private void drain(WatchKey key, Changes changes) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changes.anything = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (folder.equals(settings.siteRoot())) {
                if (changed.getFileName().toString().equals("jbake.properties")) {
                    changes.files.add(changed);
                }
                continue;
            }
            if (changed.getFileName().toString().startsWith(".") || changed.getFileName().toString().endsWith("~")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    err.println("cannot watch " + changed + ": " + e.getMessage());
                }
            }
            changes.files.add(changed);
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        watching.interrupt();
        if (warming != null) {
            warming.interrupt();
        }
    }
}
