package net.techmonitor.site.render.cite;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.urls.SiteUrls;

/**
 * The article page's "How to cite" section: its reference in two styles, as HTML to put in the page as it is, and
 * the URLs of the same reference as files to download.
 *
 * @param apaHtml     APA, 7th edition
 * @param chicagoHtml Chicago Manual of Style, 17th edition, author-date
 */
public record HowToCite(String apaHtml, String chicagoHtml, String risUrl, String bibtexUrl, String cslJsonUrl) {

    /** The extensions of the downloads, which {@link SiteUrls#articleReference} names {@code cite.<extension>}. */
    public static final String RIS = "ris";
    public static final String BIBTEX = "bib";
    public static final String CSL_JSON = "json";

    public static HowToCite of(Article article, Issue issue, SiteUrls urls) {
        ArticleReference reference = ArticleReference.of(article, issue, urls);
        return new HowToCite(ReferenceStyles.html(reference, ReferenceStyles.Style.APA),
            ReferenceStyles.html(reference, ReferenceStyles.Style.CHICAGO_AUTHOR_DATE),
            urls.articleReference(article.issueId(), article.slug(), RIS).url(),
            urls.articleReference(article.issueId(), article.slug(), BIBTEX).url(),
            urls.articleReference(article.issueId(), article.slug(), CSL_JSON).url());
    }
}
