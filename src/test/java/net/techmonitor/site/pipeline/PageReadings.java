package net.techmonitor.site.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For {@link net.techmonitor.site.bench.ReaderCost} and {@link PageLinkScannerTest}: what the link check reads of a
 * page, by {@link PageLinkScanner} and by the Jsoup parse and selection it replaced.
 */
public final class PageReadings {
    private PageReadings() {
    }

    public static Object byScanner(String html) {
        return PageLinkScanner.scan(html);
    }

    /** The reading the scanner replaced: a Jsoup document and two selectors. */
    public static Object byJsoup(String html) {
        return jsoupReading(html);
    }

    static PageLinkScanner.Found jsoupReading(String html) {
        Document document = Jsoup.parse(html);
        List<String> references = new ArrayList<>();
        for (Element element : document.select("a[href], link[href], img[src], script[src], source[src], video[src], video[poster], "
            + "audio[src], track[src], img[srcset], source[srcset]")) {
            if (element.hasAttr("href") || element.hasAttr("src")) {
                references.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
            }
            if (element.hasAttr("srcset") && (element.nameIs("img") || element.nameIs("source"))) {
                references.addAll(PageLinkScanner.srcsetUrls(element.attr("srcset")));
            }
            if (element.normalName().equals("video") && element.hasAttr("poster")) {
                references.add(element.attr("poster"));
            }
        }
        Set<String> anchors = new HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            if (element.hasAttr("id")) {
                anchors.add(element.id());
            }
            if (element.nameIs("a") && element.hasAttr("name")) {
                anchors.add(element.attr("name"));
            }
        }
        List<PageLinkScanner.Meta> citations = new ArrayList<>();
        for (Element meta : document.select("meta[name]")) {
            String name = meta.attr("name").toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("citation_")) {
                citations.add(new PageLinkScanner.Meta(name, meta.attr("content")));
            }
        }
        return new PageLinkScanner.Found(references, anchors, citations);
    }
}
