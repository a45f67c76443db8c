package net.techmonitor.site.convert;

import net.techmonitor.site.urls.SlashPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a finished body to other content documents ({@code xref:other.adoc[]}, {@code <<other.adoc#,text>>},
 * {@code link:other.adoc[]}), pointed at the documents' pages. The converter keeps a cross-reference's source path
 * ({@code relfilesuffix} is {@code .adoc}) and {@link BodyLinkRebaser} makes it site-absolute, so a finished body,
 * as the cache holds it, links to {@code /issues/2018-q3/other.adoc#a-section}: the source file, not its page, which
 * depends on the other file (its kind, its place, its title). Which page that is, is decided once the catalog exists,
 * by the caller's {@code targets}; this class only finds those links and rewrites them.
 *
 * <p>A cross-reference that gives no text shows what Asciidoctor shows for it, the target's path; it gets the target
 * document's title instead, as an editor expects.</p>
 */
public final class DocumentLinks {
    private static final List<String> EXTENSIONS = List.of(".adoc", ".asciidoc", ".ad");
    /** The file extensions Asciidoctor takes for AsciiDoc in a {@code <<path#>>} reference, and replaces. */
    private static final List<String> ASCIIDOCTOR_EXTENSIONS = List.of(".adoc", ".asciidoc", ".asc", ".ad", ".txt");
    /** {@code xref:target[} or {@code <<target,} / {@code <<target>>}, as Asciidoctor's inline xref reads them. */
    private static final Pattern WRITTEN = Pattern.compile("(?<!\\\\)(?:xref:([^\\s\\[\\]]+)\\[|<<([^\\s,>]+)\\s*(?:,|>>))");

    private DocumentLinks() {
    }

    /** The page a document link leads to: its URL (base path included) and the document's title. */
    public record Target(String url, String title) {
    }

    /**
     * @param html       the body with its document links pointed at their pages (the same string when it has none)
     * @param unresolved the document links no target was found for, in body order, each once: the path inside the
     *                   content folder each leads to ({@code issues/2020-q1/missing.adoc}), or {@link #OUTSIDE} for one
     *                   that leads out of it
     */
    public record Resolved(String html, List<String> unresolved) {
    }

    /** What {@link Resolved#unresolved} says of a link that leads out of the content folder. */
    public static final String OUTSIDE = "";

    /** Whether a body may link to a document: a cheap look, so that a body without such a link is never parsed. */
    public static boolean mayHave(String html) {
        // ".ad" first: one scan rules out almost every body, which holds neither ".adoc", ".ad\"" nor ".ad#".
        boolean ad = html.contains(".ad");
        return ad && (html.contains(".adoc") || html.contains(".ad\"") || html.contains(".ad#")) || html.contains(".asciidoc");
    }

    /**
     * @param folderUrl the URL of the body's source folder, as the rebaser was given it ({@code /issues/2018-q3/})
     * @param basePath  the site's base path, "/" or "/techmonitor/"
     * @param targets   the page of the document at a path inside the content folder, if it is a published document
     */
    public static Resolved resolve(String html, String folderUrl, String basePath, Function<String, Optional<Target>> targets) {
        if (!mayHave(html)) {
            return new Resolved(html, List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        URI folder = URI.create(folderUrl);
        List<String> unresolved = new ArrayList<>();
        boolean changed = false;
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (!isDocumentLink(href)) {
                continue;
            }
            String contentPath = contentPath(href, basePath);
            Optional<Target> target = contentPath.equals(OUTSIDE) ? Optional.empty() : targets.apply(contentPath);
            if (target.isEmpty()) {
                if (!unresolved.contains(contentPath)) {
                    unresolved.add(contentPath);
                }
                continue;
            }
            if (hasDefaultText(link, href, folder, basePath)) {
                link.text(target.get().title());
            }
            link.attr("href", target.get().url() + UrlParts.suffix(href));
            changed = true;
        }
        return new Resolved(changed ? document.body().html() : html, List.copyOf(unresolved));
    }

    /** A cross-reference as the source writes it: its 1-based line and its target without the fragment. */
    public record Written(int line, String target) {
    }

    /**
     * Where the source writes its cross-references to the document at {@code contentPath} (or, for {@link #OUTSIDE},
     * to any file out of the content folder), in line order: {@code xref:path[...]} and {@code <<path#...>>}, read as
     * Asciidoctor reads them. Empty when only an included file or a {@code link:} macro refers to it.
     *
     * @param folder the source's folder inside the content folder ({@code issues/2018-q3}, "" for none)
     */
    public static List<Written> written(List<String> lines, String folder, String contentPath) {
        List<Written> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("xref:") && !line.contains("<<")) {
                continue;
            }
            Matcher matcher = WRITTEN.matcher(line);
            while (matcher.find()) {
                boolean macro = matcher.group(1) != null;
                String refid = macro ? matcher.group(1) : matcher.group(2);
                int hash = refid.indexOf('#');
                if (!macro && hash < 0) {
                    continue; // <<id>>: a place in this document
                }
                String path = hash < 0 ? refid : refid.substring(0, hash);
                String file = macro ? macroFile(path) : shorthandFile(path);
                if (file == null || path.isEmpty()) {
                    continue;
                }
                String leadsTo = normalized(file.startsWith("/") ? file : "/" + (folder.isEmpty() ? "" : folder + "/") + file);
                String inside = leadsTo == null || leadsTo.equals("/") ? OUTSIDE : leadsTo.substring(1);
                if (inside.equals(contentPath)) {
                    found.add(new Written(i + 1, path));
                }
            }
        }
        return found;
    }

    /** {@code xref:x.adoc[]} and {@code xref:x#[]} lead to x.adoc; {@code xref:x.asciidoc[]} to itself; {@code xref:id[]} nowhere. */
    private static String macroFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.endsWith(".adoc")) {
            return path;
        }
        return name.contains(".") ? path : null;
    }

    /** {@code <<x.adoc#>>}, {@code <<x.asciidoc#>>} and {@code <<x#>>} all lead to x.adoc. */
    private static String shorthandFile(String path) {
        for (String extension : ASCIIDOCTOR_EXTENSIONS) {
            if (path.endsWith(extension)) {
                return path.substring(0, path.length() - extension.length()) + ".adoc";
            }
        }
        return path + ".adoc";
    }

    /** A site-rooted link whose path names an AsciiDoc file: what a finished body's cross-references are. */
    static boolean isDocumentLink(String href) {
        if (!BodyLinkRebaser.isSiteRooted(href)) {
            return false;
        }
        String path = UrlParts.pathPart(href).toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(path::endsWith);
    }

    /** The path inside the content folder a site-rooted link leads to, decoded, or {@link #OUTSIDE}. */
    static String contentPath(String href, String basePath) {
        String path = normalized(SlashPaths.decodedUrlPath(UrlParts.pathPart(href)));
        if (path == null || !path.startsWith(basePath) || path.length() == basePath.length()) {
            return OUTSIDE;
        }
        return path.substring(basePath.length());
    }

    /** A rooted path with its "." and ".." segments worked out, or null when ".." leads above the root. */
    private static String normalized(String path) {
        List<String> segments = new ArrayList<>();
        String[] parts = path.substring(1).split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
            } else if (!part.equals(".")) {
                segments.add(part);
            }
        }
        return "/" + String.join("/", segments);
    }

    /**
     * Whether the link shows what Asciidoctor shows for a cross-reference without text: the path it was written with
     * (which the rebaser made absolute in the href only). A {@code link:} macro's own text ({@code class="bare"}) stays.
     */
    private static boolean hasDefaultText(Element link, String href, URI folder, String basePath) {
        if (!link.children().isEmpty() || link.hasClass("bare")) {
            return false;
        }
        String text = link.text();
        String written = BodyLinkRebaser.isSiteRooted(text) ? basePath + text.substring(1) : BodyLinkRebaser.resolved(folder, text);
        return written != null && UrlParts.pathPart(written).equals(UrlParts.pathPart(href));
    }

}
