package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * External references in a converted body: links to other sites get {@code rel="noopener"} (a page opened from
 * ours cannot reach back into it), and resources embedded over plain http are found, because an https page that
 * loads them is mixed content that browsers block or flag.
 */
public final class ExternalReferences {
    private static final String EMBEDS = "img[src], audio[src], video[src], source[src], track[src], iframe[src], embed[src], script[src], link[href]";

    private ExternalReferences() {
    }

    public record Result(String html, List<String> insecureEmbeds) {
    }

    public static Result harden(String html) {
        if (!html.contains("http")) {
            return new Result(html, List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Hardened hardened = harden(document);
        return new Result(hardened.changed() ? document.body().html() : html, hardened.insecureEmbeds());
    }

    /** What hardening a parsed body changed, and the insecure embeds it found. */
    public record Hardened(boolean changed, List<String> insecureEmbeds) {
    }

    /** Hardens a parsed body in place. */
    public static Hardened harden(Document document) {
        boolean changed = false;
        for (Element link : document.select("a[href]")) {
            if (needsNoopener(link.attr("href"), link.attr("rel"))) {
                Set<String> rel = relTokens(link.attr("rel"));
                rel.add("noopener");
                link.attr("rel", String.join(" ", rel));
                changed = true;
            }
        }
        List<String> insecure = new ArrayList<>();
        for (Element embed : document.select(EMBEDS)) {
            String url = embed.hasAttr("src") ? embed.attr("src") : embed.attr("href");
            if (isInsecure(url)) {
                insecure.add(url);
            }
        }
        return new Hardened(changed, insecure);
    }

    /** Whether a link to this address, with this rel, would get noopener: it goes to another site and lacks it. */
    static boolean needsNoopener(String href, String rel) {
        String address = href.strip().toLowerCase(Locale.ROOT);
        boolean external = address.startsWith("http://") || address.startsWith("https://") || address.startsWith("//");
        return external && !relTokens(rel).contains("noopener");
    }

    /** Whether an embedded resource comes over plain http. */
    static boolean isInsecure(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("http://");
    }

    private static Set<String> relTokens(String rel) {
        Set<String> tokens = new LinkedHashSet<>(List.of(rel.toLowerCase(Locale.ROOT).split("\\s+")));
        tokens.remove("");
        return tokens;
    }
}
