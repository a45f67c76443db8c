package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpServer;
import net.techmonitor.site.build.SiteBuild;
import net.techmonitor.site.build.SiteSettings;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.Problem;
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
import java.util.Locale;
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
    private static final long SETTLE_MILLIS = 50;

    private final SiteSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicLong generation = new AtomicLong();
    /** Rebuilds swap the preview folder under the write side; the server reads under the read side. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final WatchService watcher;
    private final HttpServer server;
    private final Thread watching;

    private PreviewSession(SiteSettings settings, int port, PrintStream out, PrintStream err) throws IOException {
        this.settings = settings;
        this.out = out;
        this.err = err;
        rebuild();
        this.watcher = FileSystems.getDefault().newWatchService();
        for (String folder : new String[]{"content", "templates", "assets"}) {
            registerTree(settings.siteRoot().resolve(folder));
        }
        settings.siteRoot().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        this.server = PreviewServer.start(settings.output(), settings.basePath(), port, generation::get, swap.readLock());
        startAsciidoctorAhead();
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

    /** The number of successful builds so far; pages reload when it moves. */
    long generation() {
        return generation.get();
    }

    /**
     * When every file came from the build cache, Asciidoctor was never started; the editor's first save would wait
     * seconds for it. It starts now, in the background, and converts one line so its first real file is quick.
     */
    private static void startAsciidoctorAhead() {
        Thread warm = new Thread(() -> {
            try {
                Path scratch = Files.createTempFile("techmonitor-warm-", ".adoc");
                try {
                    AsciidocConverter.shared().convert(scratch, "= Warm-up\n\nA paragraph with a footnote:[note].\n", (line, message) -> { });
                } finally {
                    Files.deleteIfExists(scratch);
                }
            } catch (IOException | RuntimeException e) {
                // Only a head start: the first rebuild starts Asciidoctor itself if this failed.
            }
        }, "asciidoctor-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    private synchronized void rebuild() {
        try {
            SiteBuild.Report report = SiteBuild.run(settings, SiteBuild.Mode.PUBLISH, message -> { }, swap.writeLock());
            generation.incrementAndGet();
            out.printf(Locale.ROOT, "Rebuilt %d pages in %.1f s%n", report.pages(), report.millis() / 1000.0);
        } catch (SiteProblemsException e) {
            for (Problem problem : e.problems()) {
                err.println(problem.format());
            }
            err.println("Preview not updated: " + e.problems().size() + " problem(s); still serving the last good build.");
        } catch (IOException | RuntimeException e) {
            err.println("Preview not updated: " + e);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Editors' tools save in several steps (temporary file, rename); let them settle, then build once.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    rebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Handles one key's events: registers new folders, and says whether any event is worth a rebuild. */
    private boolean drain(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (folder.equals(settings.siteRoot())) {
                relevant |= changed.getFileName().toString().equals("jbake.properties");
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
            relevant = true;
        }
        key.reset();
        return relevant;
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
    }
}
