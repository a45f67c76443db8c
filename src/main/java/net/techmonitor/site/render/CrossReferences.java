package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.convert.DocumentLinks;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.render.PageSubject.ActivityPage;
import net.techmonitor.site.render.PageSubject.ArticlePage;
import net.techmonitor.site.render.PageSubject.ContributionsPage;
import net.techmonitor.site.render.PageSubject.IssuePage;
import net.techmonitor.site.render.PageSubject.PartnerPage;
import net.techmonitor.site.render.PageSubject.PlainPage;
import net.techmonitor.site.render.PageSubject.ThemePage;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.urls.SiteUrls;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-references between content files ({@code xref:other.adoc[]}, {@code <<../2018-q3/x.adoc#a-section,text>>}):
 * each pointed at the page of the document it names, the one {@link SitePages} gives that document from
 * {@link SiteUrls} (an issue's {@code index.adoc} is the issue's page, a plain page sits at the site's root), with the
 * document's title as its text where the reference gives none. One that names no published document is a problem of
 * the file it is written in, at its line.
 *
 * <p>Why here, once the catalog exists, and not in the conversion: a converted body is cached by what it depends on,
 * its own file, and the page and title of another file are not among that. The cached body keeps the source path
 * instead ({@link DocumentLinks}), and the catalog's bodies are rewritten here, on every build. A body's page thereby
 * depends on the headers and places of the documents it refers to, never on their bodies: a save that changes only
 * bodies changes no other page (see {@code PageChanges}).</p>
 */
public final class CrossReferences {
    private static final String STAGE = "validate";

    private CrossReferences() {
    }

    /**
     * @param documents   every document read, drafts included (a reference to a draft is reported as one)
     * @param contentRoot the content folder the documents were read from
     * @return the catalog with every cross-reference of its bodies pointed at its page (the same catalog when none has any)
     */
    public static Catalog resolve(Catalog catalog, List<LoadedDocument> documents, Path contentRoot, SiteUrls urls,
                                  ProblemCollector problems) {
        // Most sites, and most saves, have no cross-reference at all: then there is nothing to look up.
        // Whether a body may hold one was decided when it was read, so a save scans no body it did not read again.
        Set<String> referring = new HashSet<>();
        documents.stream().filter(LoadedDocument::mayReferToFiles).forEach(document -> referring.add(document.sitePath()));
        if (referring.isEmpty()) {
            return catalog;
        }
        Map<String, LoadedDocument> bySitePath = new HashMap<>();
        Map<String, String> contentPaths = new HashMap<>();
        Set<String> drafts = new HashSet<>();
        Set<String> published = new HashSet<>();
        Path root = contentRoot.toAbsolutePath().normalize();
        for (LoadedDocument document : documents) {
            String contentPath = SlashPaths.relative(root, document.file().toAbsolutePath().normalize());
            bySitePath.put(document.sitePath(), document);
            contentPaths.put(document.sitePath(), contentPath);
            (document.published() ? published : drafts).add(contentPath);
        }
        Map<String, DocumentLinks.Target> pages = new HashMap<>();
        for (PageSpec page : SitePages.contentPages(catalog, urls)) {
            String contentPath = contentPaths.get(page.sourcePath());
            if (contentPath != null) {
                pages.put(contentPath, new DocumentLinks.Target(page.path().url(), title(page.subject())));
            }
        }
        return catalog.withBodies((source, html) -> {
            String contentPath = contentPaths.get(source.path());
            if (contentPath == null || !referring.contains(source.path())) {
                return html;
            }
            String folder = parentOf(contentPath);
            DocumentLinks.Resolved resolved = DocumentLinks.resolve(html, urls.contentFolder(folder), urls.basePath(),
                target -> find(pages, target));
            for (String target : resolved.unresolved()) {
                if (!target.equals(DocumentLinks.OUTSIDE) && published.contains(target)) {
                    continue; // a published document with problems of its own, which stop the build
                }
                report(bySitePath.get(source.path()), folder, target, isDraft(drafts, target), problems);
            }
            return resolved.html();
        });
    }

    /**
     * The page of the document at this path. Asciidoctor writes {@code <<x.asciidoc#>>} as {@code x.adoc}, so a path
     * ending in .adoc also finds the document of the same name with another AsciiDoc extension.
     */
    private static Optional<DocumentLinks.Target> find(Map<String, DocumentLinks.Target> pages, String contentPath) {
        DocumentLinks.Target exact = pages.get(contentPath);
        if (exact != null || !contentPath.endsWith(".adoc")) {
            return Optional.ofNullable(exact);
        }
        String stem = contentPath.substring(0, contentPath.length() - ".adoc".length());
        return Optional.ofNullable(pages.getOrDefault(stem + ".asciidoc", pages.get(stem + ".ad")));
    }

    private static boolean isDraft(Set<String> drafts, String contentPath) {
        if (drafts.contains(contentPath)) {
            return true;
        }
        String stem = contentPath.endsWith(".adoc") ? contentPath.substring(0, contentPath.length() - ".adoc".length()) : null;
        return stem != null && (drafts.contains(stem + ".asciidoc") || drafts.contains(stem + ".ad"));
    }

    /** One problem at each line that writes the reference; where no line does (an included file does), one for the file. */
    private static void report(LoadedDocument document, String folder, String target, boolean draft, ProblemCollector problems) {
        List<String> lines = lines(document.file());
        List<DocumentLinks.Written> written = DocumentLinks.written(lines, folder, target);
        if (written.isEmpty()) {
            String name = target.equals(DocumentLinks.OUTSIDE) ? "a file outside content/" : target.substring(target.lastIndexOf('/') + 1);
            int line = target.equals(DocumentLinks.OUTSIDE) ? 0 : net.techmonitor.site.convert.WarningLines.firstLineContaining(lines, name);
            written = List.of(new DocumentLinks.Written(line, name));
        }
        Set<Integer> reported = new TreeSet<>();
        for (DocumentLinks.Written reference : written) {
            if (reported.add(reference.line())) {
                problems.add(STAGE, document.sitePath(), reference.line(), message(reference.target(), draft));
            }
        }
    }

    static String message(String written, boolean draft) {
        return draft
            ? "cross-reference to '" + written + "', which is a draft (expected a published document: a draft never reaches the"
                + " published site; publish it with ':jbake-status: published' or remove the cross-reference)"
            : "cross-reference to '" + written + "', which is not a published document (expected a published .adoc file of"
                + " content/, e.g. xref:other-article.adoc[])";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // read moments ago; without its lines the problem is the file's
        }
    }

    /** The title a document's page shows, which a cross-reference without text shows too. */
    private static String title(PageSubject subject) {
        if (subject instanceof IssuePage issue) {
            return issue.issue().title();
        } else if (subject instanceof ArticlePage article) {
            return article.article().title();
        } else if (subject instanceof PageSubject.TechnologyPage entry) {
            return entry.entry().title();
        } else if (subject instanceof ActivityPage activity) {
            return activity.activity().title();
        } else if (subject instanceof ThemePage theme) {
            return theme.theme().title();
        } else if (subject instanceof PartnerPage partner) {
            return partner.partner().title();
        } else if (subject instanceof PlainPage page) {
            return page.page().title();
        } else if (subject instanceof ContributionsPage year) {
            return year.contributions().title();
        }
        throw new IllegalArgumentException("not a content page: " + subject);
    }

    private static String parentOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }
}
