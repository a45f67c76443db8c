package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Finishes a converted body in one parse: local references made site-absolute ({@link BodyLinkRebaser}), links
 * to other sites hardened ({@link ExternalReferences}), unsafe raw HTML removed under {@code content.raw-html=safe}
 * ({@link UnsafeHtmlRemover}), and its plain text taken for search. Each step used to parse the body on its own;
 * parsing once is most of what finishing costs, and most bodies need no parse at all: plain Asciidoctor output with
 * nothing to change is only read ({@link SimpleBodyReader}).
 */
public final class BodyFinisher {
    private BodyFinisher() {
    }

    /**
     * @param html           the body as Asciidoctor wrote it
     * @param insecureEmbeds http:// resources the body embeds (the caller reports them)
     * @param removed        what was removed as unsafe, sorted (empty when nothing was, or under {@code trusted})
     */
    public record Finished(String html, String text, List<String> insecureEmbeds, List<String> removed) {
    }

    public static Finished finish(String html, String folderUrl, String basePath, RawHtmlPolicy rawHtml) {
        // Most bodies (and an empty one) are plain Asciidoctor output with nothing to change: read, not parsed.
        java.util.Optional<SimpleBodyReader.Reading> simple = SimpleBodyReader.read(html);
        if (simple.isPresent() && nothingToChange(simple.get(), basePath, rawHtml)) {
            return new Finished(html, simple.get().text(), List.of(), List.of());
        }
        return finishParsed(html, folderUrl, basePath, rawHtml);
    }

    /** Finishing by a Jsoup parse, for every body; {@link #finish} takes it for the bodies the reader does not settle. */
    static Finished finishParsed(String html, String folderUrl, String basePath, RawHtmlPolicy rawHtml) {
        if (html.isEmpty()) {
            return new Finished(html, "", List.of(), List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = BodyLinkRebaser.rebase(document, folderUrl, basePath);
        ExternalReferences.Hardened hardened = ExternalReferences.harden(document);
        changed |= hardened.changed();
        List<String> removed = rawHtml == RawHtmlPolicy.SAFE ? UnsafeHtmlRemover.clean(document) : List.of();
        changed |= !removed.isEmpty();
        return new Finished(changed ? document.body().html() : html, document.body().text(), hardened.insecureEmbeds(), removed);
    }

    /**
     * Whether finishing would leave the body as it is: no reference to rebase, no external link without noopener, no
     * insecure embed, and (under {@code safe}) no script URL. The reader admits no other URL attribute and no element
     * or attribute outside {@link UnsafeHtmlRemover}'s allow-list (SimpleBodyReaderTest holds it to that), so these are
     * all the checks the parsed path makes.
     */
    private static boolean nothingToChange(SimpleBodyReader.Reading reading, String basePath, RawHtmlPolicy rawHtml) {
        for (SimpleBodyReader.Reference reference : reading.references()) {
            String value = reference.value();
            if ((BodyLinkRebaser.isSiteRooted(value) && !basePath.equals("/")) || BodyLinkRebaser.isRelative(value)) {
                return false;
            }
            if (reference.attribute().equals("href") && ExternalReferences.needsNoopener(value, reference.rel())) {
                return false;
            }
            if (reference.attribute().equals("src") && ExternalReferences.isInsecure(value)) {
                return false;
            }
            if (rawHtml == RawHtmlPolicy.SAFE && UnsafeHtmlRemover.hasScriptScheme(value, reference.element(), reference.attribute())) {
                return false;
            }
        }
        return true;
    }
}
