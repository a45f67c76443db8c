package net.techmonitor.site.build;

import net.techmonitor.site.problems.ProblemCollector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Check links: every internal link and asset reference of every page must resolve to a file of the built
 * site, and a link to {@code #id} on a page of the site must find that id. Problems name the page's source
 * file where there is one.
 */
public final class LinkChecker {
    private static final String STAGE = "links";

    /** A broken reference found on more pages than this is reported once: it comes from a template. */
    private static final int SAME_REFERENCE_PAGES = 3;

    private final String basePath;
    private final ProblemCollector problems;
    private final Map<String, java.util.List<String[]>> broken = new java.util.TreeMap<>();

    public LinkChecker(String basePath, ProblemCollector problems) {
        this.basePath = basePath;
        this.problems = problems;
    }

    /** @param sources output path of a page to the content file it came from, for messages */
    public void check(Path site, Map<String, String> sources) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String outputPath = site.relativize(page).toString().replace('\\', '/');
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : document.select("a[href], link[href], img[src], script[src], source[src], video[src], audio[src]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                check(site, outputPath, reference, sources);
            }
        }
        broken.forEach((key, places) -> {
            String[] first = places.get(0);
            if (places.size() > SAME_REFERENCE_PAGES) {
                problems.add(STAGE, first[0], 0, first[1] + " on " + first[2] + " and " + (places.size() - 1)
                    + " other pages (expected a page or file of the site; a link on so many pages comes from a template)");
            } else {
                places.forEach(place -> problems.add(STAGE, place[0], 0, place[1] + " on " + place[2]
                    + " (expected a page or file of the site; check the link or add the file beside the page's source)"));
            }
        });
    }

    private void check(Path site, String outputPath, String reference, Map<String, String> sources) throws IOException {
        if (reference.isEmpty() || reference.startsWith("#") || reference.startsWith("//") || hasScheme(reference)) {
            return; // same page, or another site (https:, mailto:, data: ...): not ours to resolve
        }
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            report(outputPath, reference, "malformed link", sources);
            return;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith("/")) {
            String folder = outputPath.contains("/") ? outputPath.substring(0, outputPath.lastIndexOf('/') + 1) : "";
            path = basePath + folder + path;
        }
        if (!path.startsWith(basePath)) {
            report(outputPath, reference, "link outside the site's base path " + basePath, sources);
            return;
        }
        String inside = path.substring(basePath.length());
        Path target = site.resolve(inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            report(outputPath, reference, "broken link", sources);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document linked = Jsoup.parse(target.toFile(), "UTF-8");
            if (linked.getElementById(fragment) == null && linked.selectFirst("a[name=" + cssEscape(fragment) + "]") == null) {
                report(outputPath, reference, "link to a missing anchor", sources);
            }
        }
    }

    /** A scheme before any '/', '?' or '#', ignoring the whitespace browsers drop ("java&#9;script:"). */
    static boolean hasScheme(String reference) {
        return reference.replaceAll("[\\s\\x00-\\x1f]", "").matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static String cssEscape(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void report(String outputPath, String reference, String what, Map<String, String> sources) {
        String source = sources.getOrDefault(outputPath, "generated page " + outputPath);
        String problem = what + " '" + reference + "'";
        broken.computeIfAbsent(problem, key -> new java.util.ArrayList<>()).add(new String[]{source, problem, outputPath});
    }
}
