package net.techmonitor.site.build;

import net.techmonitor.site.parallel.InOrder;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Check links: every internal link and asset reference of every page must resolve to a file of the built
 * site, and a link to {@code #id} on a page of the site must find that id. Problems name the page's source
 * file where there is one.
 */
public final class LinkChecker {
    private static final String STAGE = "links";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern DROPPED_BY_BROWSERS = Pattern.compile("[\\s\\x00-\\x1f]");

    /** A broken reference found on more pages than this is reported once: it comes from a template. */
    private static final int SAME_REFERENCE_PAGES = 3;

    private final String basePath;
    private final int threads;
    private final ProblemCollector problems;
    private final Map<String, java.util.List<String[]>> broken = new java.util.TreeMap<>();

    public LinkChecker(String basePath, int threads, ProblemCollector problems) {
        this.basePath = basePath;
        this.threads = Math.max(1, threads);
        this.problems = problems;
    }

    /** What one page refers to, in document order, and the anchors ({@code id}, {@code a name}) it offers. */
    private record PageReferences(String outputPath, List<String> references, Set<String> anchors) {
    }

    /** @param sources output path of a page to the content file it came from, for messages */
    public void check(Path site, Map<String, String> sources) throws IOException {
        Set<String> files = new HashSet<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
            all.forEach(file -> files.add(relative(site, file)));
            pages = all.stream().filter(path -> path.toString().endsWith(".html")).toList();
        }
        // Every page is parsed once, several at a time; the references are then checked in page order, so the
        // problems come out the same whatever the number of threads.
        List<PageReferences> read = readAll(site, pages);
        Map<String, Set<String>> anchors = new HashMap<>();
        read.forEach(page -> anchors.put(page.outputPath(), page.anchors()));
        for (PageReferences page : read) {
            for (String reference : page.references()) {
                check(site, files, anchors, page.outputPath(), reference, sources);
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

    private List<PageReferences> readAll(Path site, List<Path> pages) throws IOException {
        try {
            return InOrder.map(pages, threads, "check-links", page -> read(site, page));
        } catch (InOrder.TaskFailedException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }


    private static PageReferences read(Path site, Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        List<String> references = new ArrayList<>();
        for (Element element : document.select("a[href], link[href], img[src], script[src], source[src], video[src], audio[src]")) {
            references.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
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
        return new PageReferences(relative(site, page), references, anchors);
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    private void check(Path site, Set<String> files, Map<String, Set<String>> anchors, String outputPath, String reference,
                       Map<String, String> sources) {
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
        String targetPath = target.startsWith(site) ? relative(site, target) : null;
        if (targetPath == null || !files.contains(targetPath)) {
            report(outputPath, reference, "broken link", sources);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && targetPath.endsWith(".html")
            && !anchors.getOrDefault(targetPath, Set.of()).contains(fragment)) {
            report(outputPath, reference, "link to a missing anchor", sources);
        }
    }

    /** A scheme before any '/', '?' or '#', ignoring the whitespace browsers drop ("java&#9;script:"). */
    static boolean hasScheme(String reference) {
        if (reference.startsWith("/")) {
            return false;
        }
        return SCHEME.matcher(DROPPED_BY_BROWSERS.matcher(reference).replaceAll("")).matches();
    }

    private void report(String outputPath, String reference, String what, Map<String, String> sources) {
        String source = sources.getOrDefault(outputPath, "generated page " + outputPath);
        String problem = what + " '" + reference + "'";
        broken.computeIfAbsent(problem, key -> new java.util.ArrayList<>()).add(new String[]{source, problem, outputPath});
    }
}
