package net.techmonitor.site.render.cite;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.render.head.PageHeadBuilder;
import net.techmonitor.site.urls.SiteUrls;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's reference: nothing but what its header and its issue's header say, and the site's own names.
 *
 * @param key        the reference's key in a bibliography ({@code techmonitor-2020-q1-first-article}): the issue
 *                   and the slug, which no other article has
 * @param title      the article's title as written
 * @param authors    its authors in the author line's order
 * @param date       its date ({@code :jbake-date:})
 * @param periodical the periodical's name, the container of the article
 * @param publisher  the Centre, the periodical's publisher
 * @param volume     the issue's volume, or null where its header gives none
 * @param number     the issue's number in the volume, or null
 * @param url        the article page's absolute URL
 * @param doi        its DOI ({@code 10.5555/12345678}), or null where its header gives none
 */
public record ArticleReference(String key, String title, List<Name> authors, LocalDate date, String periodical, String publisher,
                               Integer volume, Integer number, String url, String doi) {

    public ArticleReference {
        authors = List.copyOf(authors);
    }

    public static ArticleReference of(Article article, Issue issue, SiteUrls urls) {
        return new ArticleReference("techmonitor-" + article.issueId() + "-" + article.slug(), article.title(),
            article.authorNames().stream().map(Name::of).toList(), article.date(), PageHeadBuilder.JOURNAL, PageHeadBuilder.PUBLISHER,
            issue.volume(), issue.number(), urls.absolute(urls.article(article.issueId(), article.slug()).url()),
            article.doi() == null ? null : article.doi().value());
    }

    /**
     * One author, read as AsciiDoc reads a name of its author line: two or three words are a first name, an optional
     * middle name and a last name, the family name; any other name (one word, more than three, or characters
     * AsciiDoc does not read as a name's) is kept whole, as written, and cited so.
     *
     * @param given   the first and middle names, or null for a name kept whole
     * @param family  the last name, or null for a name kept whole
     * @param literal the name kept whole, or null
     */
    public record Name(String given, String family, String literal) {
        /** A word of a name as AsciiDoc's author line reads it: a letter, digit or '_' first, then also '-', ''' and '.'. */
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{M}\\p{N}_\\-'.]*");

        static Name of(String written) {
            String name = written.strip().replaceAll("\\s+", " ");
            String[] words = name.split(" ");
            boolean read = words.length >= 2 && words.length <= 3 && java.util.Arrays.stream(words).allMatch(w -> WORD.matcher(w).matches());
            if (!read) {
                return new Name(null, null, name);
            }
            return new Name(String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - 1)), words[words.length - 1], null);
        }
    }
}
