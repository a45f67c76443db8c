package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.EditDistance;
import net.techmonitor.site.urls.PagePath;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Validate: the rules that need the whole catalog. Every reference must name a published record, no two
 * files may be written to the same URL (two spellings of one slug, a page slug taken by a generated section), and
 * no two articles have one DOI.
 */
public final class CatalogValidator {
    private static final String STAGE = "validate";
    private static final int LIST_ALL_UP_TO = 12;

    private final SiteUrls urls;
    private final ProblemCollector problems;

    public CatalogValidator(SiteUrls urls, ProblemCollector problems) {
        this.urls = urls;
        this.problems = problems;
    }

    public void validate(Catalog catalog, List<Reference> references) {
        checkReferences(catalog, references);
        checkOutputCollisions(catalog);
        checkReportSections(catalog);
        checkDois(catalog);
    }

    /** A DOI names one work: two articles with one DOI would send both articles' readers and citations to one of them. */
    private void checkDois(Catalog catalog) {
        Map<String, Article> first = new LinkedHashMap<>();
        for (Article article : catalog.articles().stream().filter(a -> a.doi() != null)
            .sorted(Comparator.comparing(a -> a.source().path())).toList()) {
            Article earlier = first.putIfAbsent(article.doi().comparable(), article);
            if (earlier != null) {
                problems.add(STAGE, article.source().path(), article.source().line(), "DOI '" + article.doi().value()
                    + "' is already the DOI of " + earlier.source().path() + " (expected each article's own DOI, as its"
                    + " registration agency gave it; DOIs do not tell upper from lower case)");
            }
        }
    }

    /**
     * Each section of the report is given once: by a programme area (its activities) or by one page. Two pages for
     * one section would show it twice in the report, one of them under a heading that is not the report's.
     */
    private void checkReportSections(Catalog catalog) {
        Map<ReportSection, String> programmeSections = new LinkedHashMap<>();
        catalog.programmes().forEach(programme -> ReportSection.parse(programme.reportSection())
            .ifPresent(section -> programmeSections.put(section, programme.id())));
        Map<ReportSection, Page> taken = new LinkedHashMap<>();
        for (Page page : catalog.pages().stream().sorted(Comparator.comparing(p -> p.source().path())).toList()) {
            if (page.section().isEmpty()) {
                continue;
            }
            ReportSection section = page.section().get();
            String written = section.written();
            if (programmeSections.containsKey(section)) {
                problems.add(STAGE, page.source().path(), page.source().line(), "report section " + written + " is the programme area '"
                    + programmeSections.get(section) + "', generated from its activities (expected another :report-section:)");
            } else if (taken.containsKey(section)) {
                problems.add(STAGE, page.source().path(), page.source().line(), "report section " + written + " is given by "
                    + taken.get(section).source().path() + " too (expected each :report-section: on one page)");
            } else {
                taken.put(section, page);
            }
        }
    }

    private void checkReferences(Catalog catalog, List<Reference> references) {
        Set<String> themeIds = catalog.themes().stream().map(Theme::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> partnerIds = catalog.partners().stream().map(Partner::id).collect(Collectors.toCollection(TreeSet::new));
        for (Reference reference : references) {
            switch (reference.kind()) {
                case ISSUE -> {
                    boolean known = IssueId.parse(reference.id()).flatMap(catalog::issue).isPresent();
                    if (!known) {
                        problems.add(STAGE, reference.path(), reference.line(), reference.attribute() + " belongs to unknown issue '" + reference.id()
                            + "' (expected content/issues/" + reference.id() + "/index.adoc with :jbake-status: published)");
                    }
                }
                case THEME -> {
                    if (!themeIds.contains(reference.id())) {
                        problems.add(STAGE, reference.path(), reference.line(), "unknown theme '" + reference.id() + "' in :"
                            + reference.attribute() + ": (" + known(reference.id(), themeIds, "content/themes/") + ")");
                    }
                }
                case PARTNER -> {
                    if (!partnerIds.contains(reference.id())) {
                        problems.add(STAGE, reference.path(), reference.line(), "unknown partner '" + reference.id() + "' in :"
                            + reference.attribute() + ": (" + known(reference.id(), partnerIds, "content/partners/") + ")");
                    }
                }
            }
        }
    }

    /** "known: a, b, c" for short lists; the nearest few and where to look for long ones. */
    static String known(String wanted, Set<String> ids, String folder) {
        if (ids.isEmpty()) {
            return "none is published yet; expected a file " + folder + wanted + ".adoc";
        }
        if (ids.size() <= LIST_ALL_UP_TO) {
            return "known: " + String.join(", ", ids);
        }
        List<String> nearest = ids.stream()
            .sorted(Comparator.comparingInt((String id) -> EditDistance.between(wanted, id)).thenComparing(id -> id))
            .limit(3).toList();
        return "nearest known: " + String.join(", ", nearest) + "; all are in " + folder;
    }

    private void checkOutputCollisions(Catalog catalog) {
        Map<String, List<SourceRef>> byOutput = new LinkedHashMap<>();
        catalog.issues().forEach(issue -> claim(byOutput, urls.issue(issue.id()), issue.source()));
        catalog.articles().forEach(article -> claim(byOutput, urls.article(article.issueId(), article.slug()), article.source()));
        catalog.technology().forEach(entry -> claim(byOutput, urls.technologyEntry(entry.issueId(), entry.slug()), entry.source()));
        catalog.activities().forEach(activity -> claim(byOutput, urls.activity(activity.year(), activity.slug()), activity.source()));
        catalog.themes().forEach(theme -> claim(byOutput, urls.theme(theme.id()), theme.source()));
        catalog.partners().forEach(partner -> claim(byOutput, urls.partner(partner.id()), partner.source()));
        catalog.contributions().forEach(year -> claim(byOutput, urls.contributions(year.year()), year.source()));
        for (Page page : catalog.pages()) {
            if (SiteUrls.RESERVED_SEGMENTS.contains(page.slug()) || page.slug().equals("index")) {
                problems.add(STAGE, page.source().path(), page.source().line(), "duplicate slug: page '" + page.slug()
                    + "' would be written to " + urls.page(page.slug()).url() + ", which the generator writes itself (expected a slug other than: "
                    + String.join(", ", SiteUrls.RESERVED_SEGMENTS) + ", index)");
            } else {
                claim(byOutput, urls.page(page.slug()), page.source());
            }
        }
        byOutput.forEach((output, sources) -> {
            if (sources.size() > 1) {
                List<SourceRef> sorted = new ArrayList<>(sources);
                sorted.sort(Comparator.comparing(SourceRef::path));
                for (SourceRef source : sorted.subList(1, sorted.size())) {
                    problems.add(STAGE, source.path(), source.line(), "duplicate slug: this file and " + sorted.get(0).path()
                        + " would both be written to " + output + " (expected each slug once)");
                }
            }
        });
    }

    private static void claim(Map<String, List<SourceRef>> byOutput, PagePath path, SourceRef source) {
        byOutput.computeIfAbsent(path.url(), key -> new ArrayList<>()).add(source);
    }
}
