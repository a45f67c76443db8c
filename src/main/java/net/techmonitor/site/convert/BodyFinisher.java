package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Finishes a converted body in one parse: local references made site-absolute ({@link BodyLinkRebaser}), links
 * to other sites hardened ({@link ExternalReferences}), unsafe raw HTML removed under {@code content.raw-html=safe}
 * ({@link UnsafeHtmlRemover}), and its plain text taken for search. Each step used to parse the body on its own;
 * parsing once is most of what finishing costs.
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
}
