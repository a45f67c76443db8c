package net.techmonitor.site.crawl;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.source.ControlCharacters;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every template is Freemarker text before Freemarker reads it: an empty template rendered pages without the layout
 * and its Content-Security-Policy, and a binary one put control characters into pages, both "successfully". What a
 * template says is Freemarker's to judge (a syntax error names the template and line); that every page still has the
 * layout's policy is checked on the written pages.
 */
final class TemplateFolderCheck {
    private static final String STAGE = "render";

    private TemplateFolderCheck() {
    }

    static void check(Path siteRoot, Path templates, ProblemCollector problems) {
        if (!Files.isDirectory(templates)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path template : walk.filter(path -> path.toString().endsWith(".ftlh") && Files.isRegularFile(path)).sorted().toList()) {
                checkOne(SlashPaths.relative(siteRoot, template), Files.readAllBytes(template), problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + templates, e);
        }
    }

    private static void checkOne(String sitePath, byte[] bytes, ProblemCollector problems) {
        SourceText text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8Exception e) {
            problems.add(STAGE, sitePath, e.line(), "template is not UTF-8 text (expected a Freemarker template saved as UTF-8)");
            return;
        }
        if (text.text().isBlank()) {
            problems.add(STAGE, sitePath, 0, "template is empty (expected a Freemarker template that uses layout.ftlh)");
            return;
        }
        List<ControlCharacters.Found> controls = ControlCharacters.find(text.text());
        controls.forEach(found -> problems.add(STAGE, sitePath, found.line(), found.message()));
    }
}
