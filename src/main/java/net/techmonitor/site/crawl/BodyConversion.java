package net.techmonitor.site.crawl;

import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.cache.Conversion;
import net.techmonitor.site.cache.GeneratorFingerprint;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.convert.BodyFinisher;
import net.techmonitor.site.convert.ContentLimits;
import net.techmonitor.site.convert.ConvertedBody;
import net.techmonitor.site.convert.MachinePaths;
import net.techmonitor.site.convert.RawHtmlPolicy;
import net.techmonitor.site.convert.SourceLimitsScan;
import net.techmonitor.site.convert.WarningLines;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.source.SearchableText;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SiteUrls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The conversion stage for one published file: its cache key (everything the converted body depends on), and its
 * conversion by Asciidoctor within the limits, with the body finished for the site.
 */
final class BodyConversion {
    private final Path siteRoot;
    private final Path contentRoot;
    private final SiteUrls urls;
    private final Supplier<AsciidocConverter> converter;
    private final RawHtmlPolicy rawHtml;
    private final MachinePaths machinePaths;
    private final ContentLimits limits;

    BodyConversion(Path siteRoot, Path contentRoot, SiteUrls urls, Supplier<AsciidocConverter> converter, RawHtmlPolicy rawHtml,
                   ContentLimits limits) {
        this.siteRoot = siteRoot;
        this.contentRoot = contentRoot;
        this.urls = urls;
        this.converter = converter;
        this.rawHtml = rawHtml;
        this.machinePaths = new MachinePaths(siteRoot);
        this.limits = limits;
    }

    /**
     * Converts one published file and finishes its body: Asciidoctor, then local links made site-absolute,
     * external references hardened and (under {@code content.raw-html=safe}) unsafe raw HTML removed.
     */
    Conversion convert(Path file, String sitePath, String contentPath, SourceText text) {
        ProblemCollector found = new ProblemCollector();
        List<SourceLimitsScan.Finding> overLimits = SourceLimitsScan.scan(text.lines(), file.toAbsolutePath().getParent(), limits);
        if (!overLimits.isEmpty()) {
            overLimits.forEach(finding -> found.add("convert", sitePath, finding.line(), finding.message()));
            return new Conversion("", "", found.sorted(), List.of());
        }
        List<String> removed = new ArrayList<>();
        String folderUrl = urls.contentFolder(parentOf(contentPath));
        ConvertedBody converted = converter.get().convert(file, text.text(),
            (line, message) -> found.add("convert", sitePath, line > 0 ? line : WarningLines.locate(text.lines(), message),
                readable(message)), limits);
        String html = converted.html();
        // Only when no reference was refused already: that message names the line and the attribute.
        machinePaths.findIn(converted.machineAttributeRefused() ? "" : html).ifPresent(path -> found.add("convert", sitePath, 0,
            "the converted text shows a folder of the build machine (expected no attribute reference or directive that gives"
                + " the machine's folders; link to files with paths relative to this file)"));
        BodyFinisher.Finished finished = BodyFinisher.finish(html, folderUrl, urls.basePath(), rawHtml);
        for (String url : finished.insecureEmbeds()) {
            found.add("convert", sitePath, WarningLines.firstLineContaining(text.lines(), url), "insecure http:// resource '" + url
                + "' (expected an https:// address: the site is served over https, and browsers block mixed content)");
        }
        if (!finished.removed().isEmpty()) {
            removed.add(sitePath + ": removed " + String.join(", ", finished.removed())
                + " (unsafe raw HTML; content.raw-html=safe in jbake.properties)");
        }
        // Only the text the search index can use is kept, in memory and in the cache.
        return new Conversion(finished.html(), SearchableText.usablePart(finished.text()), found.sorted(), removed);
    }

    /**
     * Everything a converted body depends on: the generator's code, the file's place and the text its conversion reads
     * (by the digest of its {@link net.techmonitor.site.source.ConversionInput}), the
     * settings the finishing steps use, and, when the file includes others, every file it could include (its folder
     * and below, where SAFE mode jails includes).
     */
    String key(Path file, String sitePath, String contentPath, String conversionDigest, boolean includes) throws IOException {
        ContentKey key = ContentKey.of("conversion").with(GeneratorFingerprint.value()).with(sitePath)
            .with(urls.contentFolder(parentOf(contentPath))).with(urls.basePath()).with(rawHtml.name()).with(limits.key()).with(conversionDigest);
        if (includes) {
            Path folder = file.toAbsolutePath().getParent();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path included : walk.filter(Files::isRegularFile).sorted().toList()) {
                    key.with(folder.relativize(included).toString()).with(Files.readAllBytes(included));
                }
            }
        }
        return key.hex();
    }

    /** Asciidoctor's words for a refused include, in the editor's terms, and no absolute paths of this machine. */
    private String readable(String message) {
        if (message.contains("jail")) {
            return "include of a file outside this file's folder is refused (expected includes of files in the same folder or below)";
        }
        return message.replace(contentRoot.toAbsolutePath() + "/", "content/").replace(siteRoot.toAbsolutePath() + "/", "");
    }

    private static String parentOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }
}
