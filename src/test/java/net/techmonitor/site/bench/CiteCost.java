package net.techmonitor.site.bench;

import net.techmonitor.site.render.cite.ArticleReference;
import net.techmonitor.site.render.cite.ReferenceFiles;
import net.techmonitor.site.render.cite.ReferenceStyles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What "How to cite" adds to a cold build of the synthetic site, in one fresh JVM run with the build's JVM options:
 * {@code java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.25 -XX:+UseSerialGC -cp
 * target/test-classes:target/classes:$(cat /tmp/cp-cite.txt) net.techmonitor.site.bench.CiteCost [--articles N]}.
 *
 * <p>It makes N synthetic references (the shape of {@link SyntheticSite}'s articles: two authors, an issue with a
 * volume and number) and times, from a cold start of citeproc-java, both styles of each as the article pages ask for
 * them, then the three download files of each as the site files are made, then both styles of each again (the
 * cache a preview's saves hit). docs/performance.md has the run.</p>
 */
public final class CiteCost {
    private CiteCost() {
    }

    public static void main(String[] args) {
        int articles = args.length == 2 && args[0].equals("--articles") ? Integer.parseInt(args[1]) : 1000;
        List<ArticleReference> references = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            references.add(new ArticleReference("techmonitor-2019-q" + (i % 4 + 1) + "-synthetic-article-" + i,
                "Synthetic article " + i + " on innovation & technology transfer", List.of(
                    new ArticleReference.Name("Synthetic", "Author" + i, null), new ArticleReference.Name("Second", "Writer" + i % 7, null)),
                LocalDate.of(2019, i % 12 + 1, i % 28 + 1), "Asia-Pacific Tech Monitor", "APCTT", 36, i % 4 + 1,
                "https://techmonitor.net/issues/2019-q" + (i % 4 + 1) + "/synthetic-article-" + i + "/"));
        }
        long start = System.nanoTime();
        ReferenceStyles.html(references.get(0), ReferenceStyles.Style.APA);
        ReferenceStyles.html(references.get(0), ReferenceStyles.Style.CHICAGO_AUTHOR_DATE);
        long first = System.nanoTime();
        long length = 0;
        for (ArticleReference reference : references) {
            length += ReferenceStyles.html(reference, ReferenceStyles.Style.APA).length();
            length += ReferenceStyles.html(reference, ReferenceStyles.Style.CHICAGO_AUTHOR_DATE).length();
        }
        long styles = System.nanoTime();
        for (ArticleReference reference : references) {
            length += ReferenceFiles.ris(reference).length() + ReferenceFiles.bibtex(reference).length()
                + ReferenceFiles.cslJson(reference).length();
        }
        long files = System.nanoTime();
        for (ArticleReference reference : references) {
            length += ReferenceStyles.html(reference, ReferenceStyles.Style.APA).length();
            length += ReferenceStyles.html(reference, ReferenceStyles.Style.CHICAGO_AUTHOR_DATE).length();
        }
        long cached = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d articles: first reference (citeproc-java loaded, 2 styles parsed) %.0f ms; "
                + "both styles of all %.0f ms; RIS, BibTeX and CSL-JSON of all %.0f ms; both styles again, cached, %.0f ms "
                + "(%d characters)%n", articles, (first - start) / 1e6, (styles - start) / 1e6, (files - styles) / 1e6,
            (cached - files) / 1e6, length);
    }
}
