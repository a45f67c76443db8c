package net.techmonitor.site.pipeline;

import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import freemarker.template.Configuration;
import net.techmonitor.site.render.SiteTemplateEngine;
import net.techmonitor.site.render.cite.ReferenceStyles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Work the first build of a process does after converting, begun before it on a thread of its own: reading the
 * reference data (Jackson's start and the country list), Jsoup's start (its entity tables) and Freemarker's (its
 * classes, and its parser compiled by the JIT, by parsing the site's templates once with a Freemarker that is then
 * thrown away: the build's own engine parses them again, and must, to see templates as they are when it renders);
 * last, citeproc-java's (its classes, and the two citation styles of "How to cite" parsed, about 0.6 s).
 * Together they take about a second of one core. On a cold build Asciidoctor's Ruby keeps one core busy for seconds while
 * the other has little to do but read files; on a small site those seconds are most of the build.
 */
final class HeadStart {
    private static final AtomicBoolean BEGUN = new AtomicBoolean();

    private HeadStart() {
    }

    private static void parseTemplates(Path templateFolder) {
        try (Stream<Path> files = Files.list(templateFolder)) {
            Configuration freemarker = SiteTemplateEngine.freemarker(templateFolder.toFile());
            for (Path template : files.filter(file -> file.toString().endsWith(".ftlh")).sorted().toList()) {
                freemarker.getTemplate(template.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // A template that cannot be read or parsed is reported by the build itself, with its line.
        }
    }

    /**
     * Starts the work once per process; whoever needs a result first waits for it (class initialisation sees to it).
     *
     * @param renderingMuch false for a build that renders few pages (on the last build's state): Freemarker and
     *                      citeproc-java are then left to start when a page needs them, and the core to the rest
     */
    static void begin(Path templateFolder, boolean renderingMuch) {
        if (!BEGUN.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            CountryDirectory.load();
            ProgrammeDirectory.load();
            Document document = Jsoup.parseBodyFragment("<p id=\"a\">&copy; <a href=\"b/\">c</a></p>");
            document.select("[href]").attr("href");
            document.body().text();
            if (!renderingMuch) {
                return;
            }
            parseTemplates(templateFolder);
            try {
                ReferenceStyles.warmUp();
            } catch (RuntimeException e) {
                // A style that cannot be loaded fails the first article page instead, where it is reported.
            }
        }, "head-start");
        thread.setDaemon(true);
        thread.start();
    }
}
