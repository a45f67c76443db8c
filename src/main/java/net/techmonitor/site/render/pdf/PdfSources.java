package net.techmonitor.site.render.pdf;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.render.head.PageHeadBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The AsciiDoc each PDF edition is made from. An article's PDF is its own file. An issue's PDF is a book
 * composed of the issue's editorial and its articles' bodies (their headers left out, their sections shifted
 * one level down). The bodies are inlined rather than included, so the composed text alone decides the PDF,
 * which is what the cache is keyed on.
 */
final class PdfSources {
    private PdfSources() {
    }

    static String article(Path siteRoot, Article article) throws IOException {
        return Files.readString(siteRoot.resolve(article.source().path()), StandardCharsets.UTF_8);
    }

    static String issue(Path siteRoot, Issue issue, List<Article> articles) throws IOException {
        StringBuilder book = new StringBuilder();
        // The cover shows the journal's name over "period: special theme"; the separator keeps a colon inside
        // the special theme from splitting it.
        book.append("= ").append(PageHeadBuilder.JOURNAL).append(" | ").append(issue.period()).append(": ").append(issue.title()).append('\n');
        book.append(":title-separator: |\n");
        book.append(":doctype: book\n:title-page:\n:toc:\n:toclevels: 1\n");
        book.append(":revnumber!:\n:untitled-label: ").append(issue.period()).append('\n');
        book.append(":description: ").append(issue.period()).append('\n');
        book.append('\n').append("[preface]\n== Editorial introduction\n\n");
        book.append("_").append(issue.period()).append("_\n\n");
        book.append(body(siteRoot, issue.source().path())).append('\n');
        for (Article article : articles) {
            book.append("\n== ").append(article.title()).append("\n\n");
            book.append("_").append(String.join("; ", article.authorNames())).append("_\n\n");
            book.append(":leveloffset: +1\n\n").append(body(siteRoot, article.source().path())).append("\n\n:leveloffset!:\n");
        }
        return book.toString();
    }

    /** The lines after the header: the header ends at the first blank line after the title. */
    static String body(Path siteRoot, String sourcePath) throws IOException {
        List<String> lines = Files.readAllLines(siteRoot.resolve(sourcePath), StandardCharsets.UTF_8);
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith("= ")) {
            start++;
        }
        while (start < lines.size() && !lines.get(start).isBlank()) {
            start++;
        }
        return String.join("\n", lines.subList(Math.min(start, lines.size()), lines.size())).strip();
    }
}
