package net.techmonitor.site.crawl;

import net.techmonitor.site.cache.FileDigests;
import net.techmonitor.site.convert.ContentLimits;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.ControlCharacters;
import net.techmonitor.site.source.DocumentKind;
import net.techmonitor.site.source.HeaderReads;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sources stage for one file: read within the size limit, decoded as strict UTF-8, free of control characters,
 * its header scanned with line numbers, and its type and status checked against its folder. Every problem is
 * reported; a file with any is left out.
 */
final class SourceFileReader {
    private static final String STAGE = "crawl";

    private final Path siteRoot;
    private final Path contentRoot;
    private final ContentLimits limits;
    private final FileDigests digests;

    /**
     * A file read: where it is, its header and text, the digest of its bytes, that of the part its conversion reads
     * ({@link ConversionInput}), and whether its status says published.
     */
    record Read(String sitePath, String contentPath, ContentPlace place, SourceHeader header, SourceText text, String digest,
                String conversionDigest, boolean published) {
    }

    /** @param digests what earlier builds hashed each file to, by its attributes: a file as recorded is not hashed again */
    SourceFileReader(Path siteRoot, Path contentRoot, ContentLimits limits, FileDigests digests) {
        this.siteRoot = siteRoot;
        this.contentRoot = contentRoot;
        this.limits = limits;
        this.digests = digests;
    }

    Optional<Read> read(Path file, ProblemCollector problems) throws IOException {
        String sitePath = SlashPaths.relative(siteRoot, file);
        String contentPath = SlashPaths.relative(contentRoot, file);
        FileDigests.Stamp stamp = FileDigests.stamp(file);
        long size = stamp.size();
        if (size > limits.fileBytes()) {
            problems.add(STAGE, sitePath, 0, String.format(Locale.ROOT, "file of %,d bytes (expected at most %,d: split it into several"
                + " documents; content.limit.file-size in jbake.properties)", size, limits.fileBytes()));
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        String digest = digests.of(file, bytes, stamp);
        SourceText text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8Exception e) {
            problems.add(STAGE, sitePath, e.line(), "file is not valid UTF-8 (expected UTF-8 text; re-save the file as UTF-8)");
            return Optional.empty();
        }
        List<ControlCharacters.Found> controls = ControlCharacters.find(text.text());
        if (!controls.isEmpty()) {
            controls.forEach(found -> problems.add(STAGE, sitePath, found.line(), found.message()));
            return Optional.empty();
        }
        if (text.text().isBlank()) {
            problems.add(STAGE, sitePath, 0, "file is empty (expected a document header: '= Title', then ':jbake-type:' and ':jbake-status:')");
            return Optional.empty();
        }
        SourceHeader header = AsciidocHeaderScanner.scan(text.lines(),
            (line, message) -> problems.add(STAGE, sitePath, line, message));
        if (header == null) {
            problems.add(STAGE, sitePath, 1, "no document header (expected '= Title' on the first line, followed by attribute entries such as ':jbake-type: article')");
            return Optional.empty();
        }
        HeaderReads reads = new HeaderReads(header, (line, message) -> problems.add(STAGE, sitePath, line, message));
        Optional<String> type = reads.value("jbake-type");
        Optional<String> status = reads.value("jbake-status");
        reads.reportBelowHeader();
        if (type.isEmpty()) {
            reads.missing("jbake-type", "one of: " + DocumentKind.allTypes());
        }
        if (status.isEmpty()) {
            reads.missing("jbake-status", "published or draft");
        } else if (!status.get().equals("published") && !status.get().equals("draft")) {
            problems.add(STAGE, sitePath, header.attribute("jbake-status").orElseThrow().line(),
                "unknown :jbake-status: '" + status.get() + "' (expected published or draft)");
        }
        ContentPlace.Result placed = ContentPlace.of(contentPath);
        Optional<DocumentKind> kind = type.flatMap(DocumentKind::ofType);
        if (type.isPresent() && kind.isEmpty()) {
            problems.add(STAGE, sitePath, header.attribute("jbake-type").orElseThrow().line(),
                "unknown :jbake-type: '" + type.get() + "' (expected one of: " + DocumentKind.allTypes() + ")");
        }
        if (placed.place().isEmpty()) {
            problems.add(STAGE, sitePath, 0, placed.problem());
        } else if (kind.isPresent() && kind.get() != placed.place().get().kind()) {
            problems.add(STAGE, sitePath, header.attribute("jbake-type").orElseThrow().line(), misplaced(kind.get()));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        String conversionDigest = digests.derived(file, digest,
            () -> ConversionDigest.of(text, header, limits));
        return Optional.of(new Read(sitePath, contentPath, placed.place().orElseThrow(), header, text, digest, conversionDigest,
            status.orElseThrow().equals("published")));
    }

    private static String misplaced(DocumentKind kind) {
        if (kind == DocumentKind.ARTICLE) {
            return "article outside an issue folder (expected " + kind.place() + ")";
        }
        if (kind == DocumentKind.TECHNOLOGY) {
            return "technology offer or request outside an issue's technology folder (expected " + kind.place() + ")";
        }
        return kind.type() + " in the wrong folder (expected " + kind.place() + ")";
    }
}
