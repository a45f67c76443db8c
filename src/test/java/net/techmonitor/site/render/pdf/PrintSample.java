package net.techmonitor.site.render.pdf;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.urls.SiteUrls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-page print document with the print templates' style: every face, links (underlined) in every face, letter
 * spacing, a table with shaded header cells, code, and characters the fonts have no glyph for.
 */
final class PrintSample {
    private PrintSample() {
    }

    static String html() throws IOException {
        String frame = Files.readString(TestSites.repository().resolve("templates/pdf.ftlh"));
        String style = frame.substring(frame.indexOf("<style>"), frame.indexOf("</style>") + "</style>".length());
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Widths</title>%s</head><body>
            <div class="footer">Asia-Pacific Tech Monitor · January–March 2022</div>
            <article class="article"><header><p class="kicker">Asia-Pacific Tech Monitor · <a href="/issues/">the issue</a></p>
            <h1>Measured once, the same PDF</h1></header>
            <p>Plain, <b>bold</b>, <i>italic</i>, <b><i>bold italic</i></b> and <code>code()</code>; a soft hy\u00adphen,
            a non\u00a0breaking space, an ﬁ ligature, Ελληνικά, кириллица, Việt Nam, Türkiye, a Thai letter ท and 😀.</p>
            <p><a href="https://www.unescap.org/">A link, underlined, that runs long enough to be broken across the line
            where the measure of each word decides the break</a>; links (underlined) in <b><a href="https://a.example/">bold</a></b>,
            <i><a href="https://b.example/">italic</a></i>, <b><i><a href="https://c.example/">bold italic</a></i></b> and
            <code><a href="https://d.example/">code</a></code>.</p>
            <table><thead><tr><th>Country</th><th>Participants</th></tr></thead>
            <tbody><tr><td>Nepal</td><td>about 800</td></tr></tbody></table>
            <pre>for (int i = 0; i &lt; 10; i++) { width += measure(i); }</pre>
            </article></body></html>""".formatted(style);
    }

    /** Prepared as the PDF editions prepare their print HTML, for a page of https://example.org/. */
    static PrintDocument.Prepared prepared(Path output) throws IOException {
        return PrintDocument.prepare(html(), "https://example.org/a/", new SiteUrls("/", "https://example.org"), output);
    }
}
