package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.urls.SlashPaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Check links: every internal link and asset reference of every page must resolve to a file of the built
 * site, and a link to {@code #id} on a page of the site must find that id. Problems name the page's source
 * file where there is one.
 */
public final class LinkChecker {
    private static final String STAGE = "links";
    private static final String MISSING_ANCHOR = "link to a missing anchor";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    /** Links are resolved as paths under a stand-in root: the check needs the file list, not the folder. */
    private static final Path SITE_ROOT = Path.of("/", "site");
    private static final Pattern DROPPED_BY_BROWSERS = Pattern.compile("[\\s\\x00-\\x1f]");

    /** A broken reference found on more pages than this is reported once: it comes from a template. */
    private static final int SAME_REFERENCE_PAGES = 3;

    private final String basePath;
    private final java.nio.file.Path siteRoot;
    /** Each content file's lines, read once per check and only for the files with a broken reference. */
    private final Map<String, List<String>> sourceLines = new HashMap<>();
    private final ProblemCollector problems;
    private final Map<String, java.util.List<String[]>> broken = new java.util.TreeMap<>();

    /** @param siteRoot where content files are read again, only for a broken reference's line; null for no lines */
    public LinkChecker(String basePath, ProblemCollector problems, java.nio.file.Path siteRoot) {
        this.siteRoot = siteRoot;
        this.basePath = basePath;
        this.problems = problems;
    }

    /**
     * What one page refers to, in document order, and the anchors ({@code id}, {@code a name}) it offers; and, for
     * the page checks that read the same scan, whether it carries the policy and its {@code citation_*} tags.
     */
    record PageReferences(String outputPath, List<String> references, Set<String> anchors, boolean hasPolicy,
                          List<PageLinkScanner.Meta> citations) {
    }

    /** How the layout sets the policy; a page without it was not made with the layout. */
    private static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

    /**
     * What the link check knows of a built site: every file in it, and what each page refers to and offers as
     * anchors. A preview keeps it between rebuilds and replaces only the pages that changed.
     */
    public static final class SiteLinks {
        private final Set<String> files;
        private final Map<String, PageReferences> pages;

        private SiteLinks(Set<String> files, Map<String, PageReferences> pages) {
            this.files = files;
            this.pages = pages;
        }

        public int pageCount() {
            return pages.size();
        }

        /** Every file of the site, pages among them, by output path. */
        Set<String> files() {
            return java.util.Collections.unmodifiableSet(files);
        }

        /** Every page, by output path, in that order. */
        java.util.Collection<PageReferences> pages() {
            return pages.values();
        }

        /** Whether the site has this file (its path in the output, "issues/2020-q1/x/x.pdf"). */
        boolean hasFile(String outputPath) {
            return files.contains(outputPath);
        }

        /** The output paths of the pages without a Content-Security-Policy, sorted. */
        public List<String> pagesWithoutPolicy() {
            return pages.values().stream().filter(page -> !page.hasPolicy()).map(PageReferences::outputPath).sorted().toList();
        }

        /** What the link check knows of a site with these files, and these pages among them. */
        static SiteLinks of(Set<String> files, java.util.Collection<PageReferences> pages) {
            Map<String, PageReferences> byPath = new java.util.TreeMap<>();
            pages.forEach(page -> byPath.put(page.outputPath(), page));
            return new SiteLinks(new HashSet<>(files), byPath);
        }

        /** A copy with these files written (the pages among them read as {@code pages}) and these deleted. */
        SiteLinks with(Set<String> written, java.util.Collection<PageReferences> pages, Set<String> deleted) {
            Set<String> newFiles = new HashSet<>(files);
            Map<String, PageReferences> newPages = new java.util.TreeMap<>(this.pages);
            newFiles.removeAll(deleted);
            deleted.forEach(newPages::remove);
            newFiles.addAll(written);
            pages.forEach(page -> newPages.put(page.outputPath(), page));
            return new SiteLinks(newFiles, newPages);
        }
    }

    /**
     * Checks the references of every page, in page order, so the problems come out the same whatever the threads.
     *
     * @param sources output path of a page to the content file it came from, for messages
     */
    /**
     * The pages whose links a build on a checked site must check again: only the pages it wrote, when it deleted
     * nothing, added no file and changed no written page's anchors (then every other page's links lead where they
     * led, and they all resolved); else null, for all. A preview save of one article checks one page, not thousands.
     */
    static Set<String> pagesToCheck(SiteLinks before, SiteLinks after, Set<String> written, Set<String> deleted) {
        if (!deleted.isEmpty() || !before.files.containsAll(written)) {
            return null;
        }
        Set<String> pages = new HashSet<>();
        for (String path : written) {
            PageReferences now = after.pages.get(path);
            if (now == null) {
                continue;
            }
            PageReferences then = before.pages.get(path);
            if (then == null || !then.anchors().equals(now.anchors())) {
                return null;
            }
            pages.add(path);
        }
        return pages;
    }

    /** @param onlyPages the pages whose references are checked ({@link #pagesToCheck}), or null for every page */
    void check(SiteLinks links, Map<String, String> sources, Set<String> onlyPages) {
        Map<String, Set<String>> anchors = new HashMap<>();
        links.pages.forEach((outputPath, page) -> anchors.put(outputPath, page.anchors()));
        Map<String, Target> rootTargets = new HashMap<>();
        for (PageReferences page : onlyPages == null ? links.pages.values()
            : onlyPages.stream().sorted().map(links.pages::get).filter(java.util.Objects::nonNull).toList()) {
            for (String reference : page.references()) {
                check(links.files, anchors, rootTargets, page.outputPath(), reference, sources);
            }
        }
        broken.forEach((key, places) -> {
            String[] first = places.get(0);
            if (places.size() > SAME_REFERENCE_PAGES) {
                problems.add(STAGE, first[0], 0, first[1] + " on " + first[2] + " and " + (places.size() - 1)
                    + " other pages (expected a page or file of the site; a link on so many pages comes from a template)");
            } else {
                places.forEach(place -> problems.add(STAGE, place[0], lineOf(place[0], place[3]), place[1] + " on " + place[2]
                    + (place[1].startsWith(MISSING_ANCHOR)
                    ? " (expected the id of an element of that page: a section's id, as its heading shows it, or an [[anchor]])"
                    : " (expected a page or file of the site; check the link or add the file beside the page's source)")));
            }
        });
        broken.clear();
    }

    /** What one page, by its output path and HTML, refers to and offers. */
    static PageReferences read(String outputPath, String html) {
        PageLinkScanner.Found found = PageLinkScanner.scan(html);
        return new PageReferences(outputPath, found.references(), found.anchors(), html.contains(POLICY), found.citations());
    }

    /**
     * Where a reference leads: a file of the site (with the fragment it asks for), or what is wrong with it. A
     * site-root reference leads to the same place from every page, so it is worked out once per check.
     */
    private record Target(String targetPath, String fragment, String problem) {
        static Target problem(String problem) {
            return new Target(null, null, problem);
        }
    }

    private void check(Set<String> files, Map<String, Set<String>> anchors, Map<String, Target> rootTargets, String outputPath,
                       String reference, Map<String, String> sources) {
        if (reference.isEmpty() || reference.startsWith("#") || reference.startsWith("//")) {
            return; // same page, or another site
        }
        Target target = reference.startsWith("/")
            ? rootTargets.computeIfAbsent(reference, root -> resolve("", root))
            : hasScheme(reference) ? null : resolve(outputPath.contains("/") ? outputPath.substring(0, outputPath.lastIndexOf('/') + 1) : "", reference);
        if (target == null) {
            return; // another site (https:, mailto:, data: ...): not ours to resolve
        }
        if (target.problem() != null) {
            report(outputPath, reference, target.problem(), sources);
            return;
        }
        if (!files.contains(target.targetPath())) {
            report(outputPath, reference, "broken link", sources);
            return;
        }
        String fragment = target.fragment();
        if (fragment != null && !fragment.isEmpty() && target.targetPath().endsWith(".html")
            && !anchors.getOrDefault(target.targetPath(), Set.of()).contains(fragment)) {
            report(outputPath, reference, MISSING_ANCHOR, sources);
        }
    }

    /** @param folder the referring page's folder in the site ("issues/2018-q3/"), for relative references */
    private Target resolve(String folder, String reference) {
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            return Target.problem("malformed link");
        }
        String path = uri.getRawPath() == null ? "" : SlashPaths.decodedUrlPath(uri.getRawPath());
        if (!path.startsWith("/")) {
            path = basePath + folder + path;
        }
        if (!path.startsWith(basePath)) {
            return Target.problem("link outside the site's base path " + basePath);
        }
        String inside = path.substring(basePath.length());
        Path target = SITE_ROOT.resolve(net.techmonitor.site.urls.PagePath.fileOf(inside)).normalize();
        if (!target.startsWith(SITE_ROOT)) {
            return Target.problem("broken link");
        }
        return new Target(SlashPaths.relative(SITE_ROOT, target), uri.getFragment(), null);
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
        broken.computeIfAbsent(problem, key -> new java.util.ArrayList<>()).add(new String[]{source, problem, outputPath, reference});
    }

    /**
     * The line of the content file that writes a broken reference: the first holding it as written (without the base
     * path the build added), else its fragment ({@code #a-section}), else its file name. 0 when the page is generated,
     * or nothing matches (a link a template made). Read only for problems.
     */
    private int lineOf(String sourcePath, String reference) {
        if (siteRoot == null || sourcePath.startsWith("generated page ")) {
            return 0;
        }
        List<String> lines = sourceLines.computeIfAbsent(sourcePath, path -> {
            try {
                return java.nio.file.Files.readAllLines(siteRoot.resolve(path));
            } catch (java.io.IOException | RuntimeException e) {
                return List.of();
            }
        });
        List<String> written = new java.util.ArrayList<>();
        if (reference.startsWith(basePath) && !basePath.equals("/")) {
            written.add("/" + reference.substring(basePath.length()));
        }
        written.add(reference);
        int hash = reference.indexOf('#');
        if (hash >= 0 && hash < reference.length() - 1) {
            written.add(reference.substring(hash));
        }
        String path = hash < 0 ? reference : reference.substring(0, hash);
        String name = path.endsWith("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (!name.isEmpty()) {
            written.add(name);
        }
        for (String text : written) {
            int line = net.techmonitor.site.convert.WarningLines.firstLineContaining(lines, text);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }
}
