package net.techmonitor.site.scaffold;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.catalog.CatalogValidator;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Periodical;
import net.techmonitor.site.catalog.Reference;
import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.ControlCharacters;
import net.techmonitor.site.source.DocumentKind;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SiteUrls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build's own rules, applied to a header {@code new} is about to write: the header is read by the build's header
 * scanner and catalog builder as if published, and its theme and partner ids are checked by the build's validator
 * against the site's published themes and partners. So {@code new} accepts exactly the values the build accepts, with
 * the build's messages and suggestions; nothing here restates a rule. The periodical's settings (the sections an
 * article may name) are read from {@code jbake.properties} by the build's own settings loader.
 *
 * <p>Only what the references need is read from the site: the headers of the themes, the partners and the issues
 * (no body is converted). A file with problems of its own counts as unpublished, as the build would stop at it.</p>
 */
final class SiteRules {
    private final Path siteRoot;
    private final List<LoadedDocument> site;
    private final Periodical periodical;
    private final Catalog catalog;

    private SiteRules(Path siteRoot, List<LoadedDocument> site, Periodical periodical) {
        this.siteRoot = siteRoot;
        this.site = site;
        this.periodical = periodical;
        this.catalog = builder(new ProblemCollector()).build(site).catalog();
    }

    /**
     * @throws net.techmonitor.site.problems.SiteProblemsException when the site's settings are wrong, with the messages
     *         a build would give (a section cannot be checked against a {@code site.sections} the build refuses)
     */
    static SiteRules read(Path siteRoot) throws IOException {
        // The sections an article may name are the site's, read from jbake.properties as every build reads them.
        Periodical periodical = SiteSettingsLoader.periodical(siteRoot);
        Path content = siteRoot.resolve("content");
        List<Path> files = new ArrayList<>();
        files.addAll(adocFiles(content.resolve("themes")));
        files.addAll(adocFiles(content.resolve("partners")));
        if (Files.isDirectory(content.resolve("issues"))) {
            try (Stream<Path> folders = Files.list(content.resolve("issues"))) {
                for (Path folder : folders.sorted().toList()) {
                    if (Files.isRegularFile(folder.resolve("index.adoc"))) {
                        files.add(folder.resolve("index.adoc"));
                    }
                }
            }
        }
        List<LoadedDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String contentPath = content.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            headerOnly(file, contentPath, Files.readAllBytes(file)).ifPresent(documents::add);
        }
        return new SiteRules(siteRoot, List.copyOf(documents), periodical);
    }

    /** The sections of {@code site.sections}, in their order. */
    List<Periodical.Section> sections() {
        return periodical.sections();
    }

    /** The issue as the build reads it, when it is published and has no problems. */
    Optional<Issue> publishedIssue(IssueId id) {
        return catalog.issue(id);
    }

    /**
     * @param contentPath where the file goes, inside {@code content/}: {@code activities/2019/x.adoc}
     * @param headerText  the header as it will be written, with {@code :jbake-status: published}
     * @return what the build would report about that file, sorted by line; an issue it names is not checked here
     */
    List<Problem> problemsOf(String contentPath, String headerText) {
        String sitePath = "content/" + contentPath;
        ProblemCollector problems = new ProblemCollector();
        List<String> lines = headerText.lines().toList();
        SourceHeader header = AsciidocHeaderScanner.scan(lines, (line, message) -> problems.add("crawl", sitePath, line, message));
        ContentPlace.Result place = ContentPlace.of(contentPath);
        if (header == null || place.place().isEmpty()) {
            throw new IllegalStateException("new wrote a header the build cannot place: " + contentPath);
        }
        List<LoadedDocument> documents = new ArrayList<>(site);
        documents.removeIf(document -> document.sitePath().equals(sitePath));
        documents.add(new LoadedDocument(siteRoot.resolve(sitePath), sitePath, place.place().get(), header, true, "", "", false));
        CatalogBuilder.Result result = builder(problems).build(documents);
        // The issue an article goes into is the scaffolder's to judge: a draft issue makes a draft article, not a refusal.
        List<Reference> references = result.references().stream().filter(reference -> reference.kind() != Reference.Kind.ISSUE).toList();
        new CatalogValidator(new SiteUrls("/"), problems).validate(result.catalog(), references);
        return problems.sorted().stream().filter(problem -> problem.path().equals(sitePath)).toList();
    }

    private CatalogBuilder builder(ProblemCollector problems) {
        return new CatalogBuilder(CountryDirectory.load(), ProgrammeDirectory.load(), problems, periodical);
    }

    /** The file as the crawl would load it, without converting its body; empty when the crawl would refuse it. */
    private static Optional<LoadedDocument> headerOnly(Path file, String contentPath, byte[] bytes) {
        SourceText text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8Exception e) {
            return Optional.empty();
        }
        if (!ControlCharacters.find(text.text()).isEmpty()) {
            return Optional.empty();
        }
        ProblemCollector problems = new ProblemCollector();
        SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> problems.add("crawl", contentPath, line, message));
        Optional<ContentPlace> place = ContentPlace.of(contentPath).place();
        if (header == null || place.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentKind> kind = header.value("jbake-type").flatMap(DocumentKind::ofType);
        if (kind.isEmpty() || kind.get() != place.get().kind()) {
            return Optional.empty();
        }
        boolean published = header.value("jbake-status").filter("published"::equals).isPresent();
        return Optional.of(new LoadedDocument(file, "content/" + contentPath, place.get(), header, published,
            published ? "" : null, published ? "" : null, false));
    }

    private static List<Path> adocFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(ContentPlace.ADOC))
                .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
