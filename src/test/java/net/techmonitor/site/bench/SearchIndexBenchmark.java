package net.techmonitor.site.bench;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.render.search.SearchDocuments;
import net.techmonitor.site.render.search.SearchIndexFiles;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.source.SearchableText;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SiteUrls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a first search downloads at a size too large to build every page of:
 * {@code java -cp target/test-classes:target/classes:<dependencies> net.techmonitor.site.bench.SearchIndexBenchmark
 * [--articles N]... [--site <built site>]} ({@code -Dsearch.files=true} lists each file fetched).
 *
 * <p>For each N (default 1,000 and 10,000) it writes the synthetic site ({@link SyntheticSite}), reads every file's
 * header with the build's own scanner and the catalog with the build's own {@link CatalogBuilder}, and makes the
 * search index with the build's own {@link SearchIndexFiles}, all as a build does, but takes each body's text from
 * its AsciiDoc source ({@link #plainText}) instead of converting it with AsciidoctorJ (a quarter of an hour of the
 * two cores at 10,000 articles). {@code --site} measures the index of a site built for real instead, as the build
 * benchmark does, so the two can be compared at 1,000. For each of a few queries it prints the files a first
 * search fetches ({@link SearchFetch}) and their gzip-compressed size.</p>
 */
public final class SearchIndexBenchmark {
    /** The tracker's example first, then a common word, a word in every document's tags, and a word being typed. */
    static final List<String> QUERIES = List.of("technology transfer Nepal", "innovation", "synthetic article", "digital heal");
    /** The targets: what a first search may fetch, compressed, at 1,000 and 10,000 articles. */
    static final long TARGET_1000 = 100_000;
    static final long TARGET_10000 = 300_000;

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        Path site = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> sizes.add(Integer.parseInt(args[++i]));
                case "--site" -> site = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: SearchIndexBenchmark [--articles N]... [--site <built site>]");
                    System.exit(2);
                }
            }
        }
        if (site != null) {
            report("built site " + site, SearchFetch.ofFolder(site.resolve("search-index")), -1).forEach(System.out::println);
            return;
        }
        for (int articles : sizes.isEmpty() ? List.of(1000, 10_000) : sizes) {
            Path folder = Path.of("target/benchmark/search-" + articles).toAbsolutePath();
            long started = System.nanoTime();
            Map<String, String> files = index(new SyntheticSite(articles), folder);
            long total = files.values().stream().mapToLong(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
            System.out.printf(Locale.ROOT, "%,d articles: index of %,d files, %.1f MB in all, made in %.1f s (bodies' text from their source)%n",
                articles, files.size(), total / 1e6, (System.nanoTime() - started) / 1e9);
            report(articles + " articles", SearchFetch.ofFiles(files, new SiteUrls("/").searchIndexFolder()), articles)
                .forEach(System.out::println);
        }
    }

    /** Each query's first search, and whether the worst is within the target for that many articles, as lines. */
    static List<String> report(String what, SearchFetch fetch, int articles) throws IOException {
        List<String> lines = new ArrayList<>();
        long worst = 0;
        for (String query : QUERIES) {
            SearchFetch.Result result = fetch.search(query);
            lines.add("  first search " + result.summary());
            if (Boolean.getBoolean("search.files")) {
                result.files().forEach(file -> lines.add(String.format(Locale.ROOT, "      %s: %,d bytes, %,d gzip", file.path(), file.bytes(),
                    file.gzipBytes())));
            }
            worst = Math.max(worst, result.gzipBytes());
        }
        long target = articles < 0 ? 0 : articles <= 1000 ? TARGET_1000 : TARGET_10000;
        lines.add(String.format(Locale.ROOT, "  %s: a first search fetches at most %.1f kB compressed%s", what, worst / 1000.0,
            target == 0 ? "" : String.format(Locale.ROOT, " (target %.0f kB: %s)", target / 1000.0, worst <= target ? "met" : "MISSED")));
        return lines;
    }

    /** The synthetic site's search index, as a build makes it but for the bodies' text. */
    static Map<String, String> index(SyntheticSite synthetic, Path folder) throws IOException {
        synthetic.write(folder);
        Path content = folder.resolve("content");
        List<LoadedDocument> documents = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(content)) {
            sources = walk.filter(path -> path.toString().endsWith(".adoc")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path file : sources) {
            String contentPath = content.relativize(file).toString().replace('\\', '/');
            SourceText text;
            try {
                text = SourceText.decode(Files.readAllBytes(file));
            } catch (SourceText.NotUtf8Exception e) {
                throw new IllegalStateException(file + " is not UTF-8", e);
            }
            SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> {
                throw new IllegalStateException(file + ":" + line + ": " + message);
            });
            ContentPlace place = ContentPlace.of(contentPath).place().orElseThrow();
            String body = plainText(text.lines());
            documents.add(new LoadedDocument(file, "content/" + contentPath, place, header, true, "", SearchableText.usablePart(body), false));
        }
        ProblemCollector problems = new ProblemCollector();
        Catalog catalog = new CatalogBuilder(CountryDirectory.load(), ProgrammeDirectory.load(), problems).build(documents).catalog();
        problems.throwIfAny();
        SiteUrls urls = new SiteUrls("/");
        return SearchIndexFiles.files(SearchDocuments.of(catalog, urls), urls.searchIndexFolder());
    }

    private static final Pattern FOOTNOTE = Pattern.compile("footnote:\\[([^\\]]*)\\]");

    /**
     * A body's text as the conversion gives it, near enough for the index: the lines below the header without
     * AsciiDoc's marks (block delimiters and attributes, heading and list marks, table bars), each footnote a number
     * where it is and its text at the end, as Asciidoctor places them.
     */
    static String plainText(List<String> lines) {
        int start = 0;
        while (start < lines.size() && !lines.get(start).isBlank()) {
            start++; // the header, up to its first blank line
        }
        StringBuilder text = new StringBuilder();
        List<String> footnotes = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.matches("\\|===|-{4,}|={4,}|\\*{4,}|\\[.*\\]|//.*")) {
                continue;
            }
            trimmed = trimmed.replaceFirst("^(=+|\\*+|\\.+)\\s+", "").replace("|", " ");
            Matcher footnote = FOOTNOTE.matcher(trimmed);
            StringBuilder marked = new StringBuilder();
            while (footnote.find()) {
                footnotes.add(footnote.group(1));
                footnote.appendReplacement(marked, Matcher.quoteReplacement("[" + footnotes.size() + "]"));
            }
            footnote.appendTail(marked);
            text.append(marked).append('\n');
        }
        for (int i = 0; i < footnotes.size(); i++) {
            text.append(i + 1).append(". ").append(footnotes.get(i)).append('\n');
        }
        return text.toString();
    }
}
