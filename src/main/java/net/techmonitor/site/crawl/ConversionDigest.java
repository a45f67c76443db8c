package net.techmonitor.site.crawl;

import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.convert.ContentLimits;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ConversionInput;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The digest of what a document's conversion reads ({@link ConversionInput}): the part of its conversion's cache key
 * that comes from the file, and what tells, before a build reads the content, whether an edit needs Asciidoctor at all.
 */
public final class ConversionDigest {
    private ConversionDigest() {
    }

    static String of(SourceText text, SourceHeader header, ContentLimits limits) {
        return ContentKey.ofFile(ConversionInput.of(text, header, limits.lineLength()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The digest of a file's bytes as {@link SourceFileReader} would work it out; empty for a file it would refuse
     * before converting (not UTF-8, no header), which then needs no converter either.
     */
    public static Optional<String> ofFile(byte[] bytes, ContentLimits limits) {
        try {
            SourceText text = SourceText.decode(bytes);
            SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> { });
            return header == null ? Optional.empty() : Optional.of(of(text, header, limits));
        } catch (SourceText.NotUtf8Exception e) {
            return Optional.empty();
        }
    }
}
