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
 * <p>It makes synthetic references (the shape of {@link SyntheticSite}'s articles: two authors, an issue with a
 * volume and number) and times citeproc-java's warm-up (what {@code HeadStart} does on its idle thread), both styles
 * of N references on one thread, of N others on two (as the build's two rendering threads ask for them), the three
 * download files of each, and both styles again (the cache a preview's saves hit). docs/performance.md has the run.</p>
 */
public final class CiteCost {
    private CiteCost() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length == 2 && args[0].equals("--articles") ? Integer.parseInt(args[1]) : 1000;
        List<ArticleReference> serial = references(articles, "a");
        List<ArticleReference> parallel = references(articles, "b");
        long start = System.nanoTime();
        ReferenceStyles.warmUp();
        long warm = System.nanoTime();
        long length = 0;
        for (ArticleReference reference : serial) {
            length += both(reference);
        }
        long styles = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
        for (ArticleReference reference : parallel) {
            done.add(pool.submit(() -> both(reference)));
        }
        for (java.util.concurrent.Future<Integer> future : done) {
            length += future.get();
        }
        pool.shutdown();
        long twoThreads = System.nanoTime();
        for (ArticleReference reference : serial) {
            length += ReferenceFiles.ris(reference).length() + ReferenceFiles.bibtex(reference).length()
                + ReferenceFiles.cslJson(reference).length();
        }
        long files = System.nanoTime();
        for (ArticleReference reference : serial) {
            length += both(reference);
        }
        long cached = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d articles: warm-up (citeproc-java loaded, 2 styles parsed) %.0f ms; both styles of each, "
                + "one thread, %.0f ms; of %d others, two threads, %.0f ms; RIS, BibTeX and CSL-JSON of each %.0f ms; both styles "
                + "again, cached, %.0f ms (%d characters)%n", articles, (warm - start) / 1e6, (styles - warm) / 1e6, articles,
            (twoThreads - styles) / 1e6, (files - twoThreads) / 1e6, (cached - files) / 1e6, length);
    }

    private static int both(ArticleReference reference) {
        return ReferenceStyles.html(reference, ReferenceStyles.Style.APA).length()
            + ReferenceStyles.html(reference, ReferenceStyles.Style.CHICAGO_AUTHOR_DATE).length();
    }

    private static List<ArticleReference> references(int articles, String set) {
        List<ArticleReference> references = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            references.add(new ArticleReference("techmonitor-2019-q" + (i % 4 + 1) + "-synthetic-article-" + set + i,
                "Synthetic article " + set + i + " on innovation & technology transfer", List.of(
                    new ArticleReference.Name("Synthetic", "Author" + set + i, null), new ArticleReference.Name("Second", "Writer" + i % 7, null)),
                LocalDate.of(2019, i % 12 + 1, i % 28 + 1), "Asia-Pacific Tech Monitor", "APCTT", 36, i % 4 + 1,
                "https://techmonitor.net/issues/2019-q" + (i % 4 + 1) + "/synthetic-article-" + set + i + "/", null));
        }
        return references;
    }
}
