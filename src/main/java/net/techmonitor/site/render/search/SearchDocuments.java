package net.techmonitor.site.render.search;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Organizers;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every article, issue, activity, theme, country, partner institution and plain page as a {@link SearchDocument},
 * in this order (the order of equally ranked results), each kind in the catalog's order.
 */
public final class SearchDocuments {
    /**
     * The search text of each (head, body) of the last documents made, for the next: a preview makes them again on
     * every save, and reading the text of every document again was most of that. Bodies of unchanged documents are
     * the very same strings from one save to the next, so a lookup costs no comparison of their text. Each time keeps
     * only what it used, so this holds one site's worth.
     */
    private static volatile Map<TextKey, Text> lastTexts = Map.of();

    private record TextKey(String head, String body) {
    }

    /** A document's search text and the excerpt of it a result shows. */
    private record Text(String text, String excerpt) {
        static Text of(String head, String body) {
            String text = SearchText.of(head, body);
            return new Text(text, SearchText.excerpt(text));
        }
    }

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(Catalog catalog, SiteUrls urls) {
        Map<TextKey, Text> known = lastTexts;
        Map<TextKey, Text> used = new HashMap<>();
        List<SearchDocument> documents = of(catalog, urls, (head, body) -> used.computeIfAbsent(new TextKey(head, body), key -> {
            Text earlier = known.get(key);
            return earlier != null ? earlier : Text.of(head, body);
        }));
        lastTexts = used;
        return documents;
    }

    private static List<SearchDocument> of(Catalog catalog, SiteUrls urls, java.util.function.BiFunction<String, String, Text> text) {
        List<SearchDocument> documents = new ArrayList<>();
        catalog.articles().forEach(a -> {
            Text body = text.apply(a.description() + " ", catalog.bodyText(a.source()));
            documents.add(new SearchDocument(urls.article(a.issueId(), a.slug()).url(), a.title(), "Article",
                meta(a.authorNames().stream(), countries(a.countries()), themes(catalog, a.themeIds())), body.text(), body.excerpt()));
        });
        catalog.technology().forEach(t -> {
            Text body = text.apply(t.description() + " " + (t.contact() == null ? "" : t.contact() + " "), catalog.bodyText(t.source()));
            documents.add(new SearchDocument(urls.technologyEntry(t.issueId(), t.slug()).url(), t.title(), t.kind().label(),
                meta(countries(List.of(t.country())), themes(catalog, t.themeIds())), body.text(), body.excerpt()));
        });
        catalog.issues().forEach(i -> {
            Text body = text.apply(i.period() + ". ", catalog.bodyText(i.source()));
            documents.add(new SearchDocument(urls.issue(i.id()).url(), i.title(), "Issue",
                meta(Stream.of(i.period(), i.volumeAndNumber()), themes(catalog, i.themeIds())), body.text(), body.excerpt()));
        });
        catalog.activities().forEach(a -> {
            Text body = text.apply(a.city() + ", " + a.country().name() + ". ", catalog.bodyText(a.source()));
            documents.add(new SearchDocument(urls.activity(a.year(), a.slug()).url(), a.title(), "Activity",
                activityMeta(catalog, a), body.text(), body.excerpt()));
        });
        catalog.themes().forEach(t -> {
            Text body = text.apply("", catalog.bodyText(t.source()));
            documents.add(new SearchDocument(urls.theme(t.id()).url(), t.title(), "Theme", "", body.text(), body.excerpt()));
        });
        for (Country country : catalog.countriesNamed()) {
            documents.add(new SearchDocument(urls.country(country).url(), country.name(), "Country",
                meta(country.aliases().stream(), Stream.of(country.alpha2(), country.alpha3())), "", ""));
        }
        catalog.partners().forEach(p -> {
            Text body = text.apply(p.country() == null ? "" : p.country().name() + ". ", catalog.bodyText(p.source()));
            documents.add(new SearchDocument(urls.partner(p.id()).url(), p.title(), "Partner institution",
                p.country() == null ? "" : meta(countries(List.of(p.country()))), body.text(), body.excerpt()));
        });
        catalog.pages().forEach(p -> {
            Text body = text.apply("", catalog.bodyText(p.source()));
            documents.add(new SearchDocument(urls.page(p.slug()).url(), p.title(), "Page", meta(countries(p.countries())), body.text(),
                body.excerpt()));
        });
        return documents;
    }

    /** Where and with whom: its city and countries, partner institutions and other organizers, programme and themes. */
    private static String activityMeta(Catalog catalog, Activity activity) {
        Organizers organizers = activity.organizers();
        Stream<String> named = Stream.of(organizers.organized(), organizers.coOrganized(), organizers.cooperation())
            .flatMap(List::stream).filter(party -> !party.isPartner()).map(Organizers.Party::name);
        Stream<String> partners = Stream.concat(activity.partnerIds().stream(), Stream.of(organizers.organized(), organizers.coOrganized(),
                organizers.cooperation()).flatMap(List::stream).filter(Organizers.Party::isPartner).map(Organizers.Party::partnerId))
            .distinct().flatMap(id -> catalog.partner(id).stream()).map(partner -> partner.title());
        Stream<String> programme = catalog.programmes().stream().filter(p -> p.id().equals(activity.programmeId())).map(Programme::title);
        List<Country> countries = new ArrayList<>(List.of(activity.country()));
        countries.addAll(activity.countries());
        return meta(Stream.of(activity.city()), countries(countries), partners, named, programme, themes(catalog, activity.themeIds()));
    }

    /** Each country's name and its aliases ("Viet Nam; Vietnam"), so that a reader finds it by either. */
    private static Stream<String> countries(List<Country> countries) {
        return countries.stream().distinct().flatMap(country -> Stream.concat(Stream.of(country.name()), country.aliases().stream()));
    }

    private static Stream<String> themes(Catalog catalog, List<String> themeIds) {
        return themeIds.stream().flatMap(id -> catalog.theme(id).stream()).map(theme -> theme.title());
    }

    @SafeVarargs
    private static String meta(Stream<String>... parts) {
        return Stream.of(parts).flatMap(part -> part).filter(value -> value != null && !value.isBlank())
            .collect(java.util.stream.Collectors.joining("; "));
    }
}
