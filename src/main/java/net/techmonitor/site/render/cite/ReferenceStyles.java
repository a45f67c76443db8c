package net.techmonitor.site.render.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A reference rendered in a citation style, as HTML, by citeproc-java (a CSL processor in pure Java) with the
 * Citation Style Language's own style and locale files. The item it is given is the reference's CSL-JSON, the same
 * text as the {@code cite.json} download, so the page and the files cannot disagree.
 *
 * <p>citeproc-java escapes the item's text (HTML 4 entities) and marks italics with {@code <span style="font-style:
 * italic">}; its output is parsed again here, those spans made {@code <i>} (bold {@code <b>}), and everything but
 * text, {@code <i>}, {@code <b>}, {@code <sup>} and {@code <sub>} dropped, so no markup of a title can reach the page.
 *
 * <p>Rendered references are kept for the life of the process, by style and CSL-JSON: a preview works out every
 * article page's inputs again after most saves, and each would render both styles again.
 */
public final class ReferenceStyles {
    /** The styles a page shows, by their names in {@code org.citationstyles:styles}. */
    public enum Style {
        APA("apa"), CHICAGO_AUTHOR_DATE("chicago-author-date");

        private final String cslName;

        Style(String cslName) {
            this.cslName = cslName;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Safelist KEPT = Safelist.none().addTags("i", "b", "sup", "sub");
    /** More than a site's worth of references; past it the cache starts again rather than grow without end. */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    /** Processors ready to use, by style: each parses its style and locale once, and serves one thread at a time. */
    private static final Map<Style, Queue<Processor>> IDLE = new EnumMap<>(Style.class);

    static {
        for (Style style : Style.values()) {
            IDLE.put(style, new ConcurrentLinkedQueue<>());
        }
    }

    private ReferenceStyles() {
    }

    /**
     * Loads citeproc-java and parses both styles and their locale, one processor of each, by rendering a reference
     * made up for it (and not kept): about 0.6 s of one core, which a cold build spends while Asciidoctor's Ruby starts.
     */
    public static void warmUp() {
        ArticleReference sample = new ArticleReference("warm-up", "Warm-up", List.of(new ArticleReference.Name("A", "B", null)),
            java.time.LocalDate.of(2000, 1, 1), "Periodical", "Publisher", 1, 1, "https://example.org/", "10.5555/warm-up");
        for (Style style : Style.values()) {
            render(ReferenceFiles.cslJson(sample), style);
        }
    }

    /** The keys asked for since the cache was last kept: what the next build will ask for again. */
    private static final java.util.Set<String> ASKED = ConcurrentHashMap.newKeySet();

    /**
     * Adds the references a last build kept in this file (see {@link #keep}) to the cache: citeproc-java takes a
     * second or so of the build's threads for a thousand articles, every build, for references that rarely change.
     * An unreadable file is ignored: the references are rendered again. Entries are keyed by the generator's
     * fingerprint (which covers citeproc-java and the styles), so another generator's never match.
     */
    public static void remember(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<String, String> kept = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
            if (RENDERED.size() + kept.size() < CACHE_LIMIT) {
                RENDERED.putAll(kept);
            }
        } catch (IOException | RuntimeException e) {
            // Only a cache.
        }
    }

    /** Writes the references asked for since the last keep into this file, whole (for {@link #remember}). */
    public static void keep(java.nio.file.Path file) throws IOException {
        Map<String, String> kept = new java.util.TreeMap<>();
        for (String key : ASKED) {
            String html = RENDERED.get(key);
            if (html != null) {
                kept.put(key, html);
            }
        }
        ASKED.clear();
        net.techmonitor.site.cache.CacheFiles.writeWhole(file, JSON.writeValueAsBytes(kept));
    }

    /** The reference's bibliography entry in the style, as HTML to put in a page as it is. */
    public static String html(ArticleReference reference, Style style) {
        String cslJson = ReferenceFiles.cslJson(reference);
        String key = net.techmonitor.site.cache.ContentKey.of("reference").with(net.techmonitor.site.cache.GeneratorFingerprint.value())
            .with(style.cslName).with(cslJson).hex();
        ASKED.add(key);
        String html = RENDERED.get(key);
        if (html == null) {
            html = render(cslJson, style);
            if (RENDERED.size() >= CACHE_LIMIT) {
                RENDERED.clear();
            }
            RENDERED.put(key, html);
        }
        return html;
    }

    private static String render(String cslJson, Style style) {
        CSLItemData item;
        try {
            List<Map<String, Object>> items = JSON.readValue(cslJson, new TypeReference<>() { });
            item = CSLItemData.fromJson(items.get(0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the CSL-JSON written for a reference", e);
        }
        Processor processor = IDLE.get(style).poll();
        if (processor == null) {
            processor = new Processor(style);
        }
        String entry;
        try {
            entry = processor.entry(item);
        } finally {
            IDLE.get(style).add(processor);
        }
        return kept(entry);
    }

    /** citeproc's entry with its styled spans made elements, and nothing else of its markup. */
    static String kept(String entryHtml) {
        Document parsed = Jsoup.parseBodyFragment(entryHtml);
        Element entry = parsed.selectFirst("div.csl-entry");
        Element from = entry != null ? entry : parsed.body();
        for (Element span : from.select("span[style]")) {
            String css = span.attr("style").replace(" ", "");
            if (css.contains("font-style:italic")) {
                span.tagName("i");
            } else if (css.contains("font-weight:bold")) {
                span.tagName("b");
            }
            span.clearAttributes();
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(from.html(), "", KEPT, settings).strip();
    }

    /** One citeproc processor of a style, and the item it is asked for. */
    private static final class Processor implements ItemDataProvider {
        private final CSL csl;
        private CSLItemData item;

        Processor(Style style) {
            try {
                csl = new CSL(this, style.cslName);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CSL style " + style.cslName + " from the class path", e);
            }
        }

        String entry(CSLItemData data) {
            item = data;
            csl.reset();
            csl.setOutputFormat("html");
            csl.registerCitationItems(data.getId());
            Bibliography bibliography = csl.makeBibliography();
            return bibliography.getEntries()[0];
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return item == null ? List.of() : List.of(item.getId());
        }
    }
}
