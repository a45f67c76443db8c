package net.techmonitor.site.bench;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.cli.PreviewServer;
import net.techmonitor.site.launch.ShortRunJvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The build benchmark: {@code java -cp target/test-classes:target/techmonitor-site.jar
 * net.techmonitor.site.bench.BuildBenchmark [--articles N] [--repeat N] [--no-stock] [--no-serve] [--no-real]
 * [--no-search-10000] [--large N | --no-large] [--jdk25 JAVA | --no-jdk25] [--pdf]}.
 *
 * <p>Writes a synthetic site of N articles ({@link SyntheticSite}) under {@code target/benchmark/}, then runs, each
 * in a fresh JVM exactly as an editor would ({@code java -jar target/techmonitor-site.jar build}): a cold build
 * (no output, no cache; three times, taking turns with AsciidoctorJ alone on the same files, see {@link ConverterFloor}),
 * a rebuild with nothing changed, with {@code --force}, and rebuilds after one article's body and one article's header
 * (a theme added) changed, each on what the last build kept; then the Pages deploy's build: a fresh checkout of the
 * site with only the last build's cache restored and one article's body changed ({@link FreshCheckout}). It measures how
 * long {@code serve} takes to show one saved article, and builds the same content with stock JBake 2.7.0 (its own
 * launcher, {@code org.jbake.launcher.Main}, with minimal Freemarker templates) in the same run, so the ratio
 * compares like with like on one machine at one moment. It also times a cold build of the real site.</p>
 *
 * <p>The cold builds run with {@code TECHMONITOR_TIMINGS=1}, and the table of their stages ({@link StageTimes}) follows
 * the main one. With a second JDK ({@code --jdk25}, by default the first {@code /usr/lib/jvm/*25*}{@code /bin/java}),
 * each turn of the floor and the cold build also has a cold build on that JDK ({@link SecondJdk}). A second, larger
 * synthetic site ({@code --large N}, 10,000 articles unless {@code --no-large}) is then built cold, taking turns with
 * its floor as the first, and its stages are set beside the first size's, each with its ratio to the first's against
 * the ratio of the articles.</p>
 *
 * <p>It prints what a first search downloads from the site it built (the files the search script fetches for a few
 * queries, gzip-compressed in Java: {@link SearchFetch}), and the same at 10,000 articles from the search index
 * alone ({@link SearchIndexBenchmark}: without the second size's site, which may be another size or left out),
 * each against its target.</p>
 * <p>With {@code --pdf} it measures the PDF editions instead, and only them: a cold build without them and one with
 * {@code --pdf-editions} (no output, no cache), taking turns, then one article changed (its PDF and its issue's
 * made again, the others from the cache).</p>
 *
 * <p>It is one class of more than 300 lines because the order of the measurements is the benchmark: what runs
 * together, taking turns, in one JVM's lifetime; the parts that are not about that order are its helpers.</p>
 */
public final class BuildBenchmark {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path JAR = REPOSITORY.resolve("target/techmonitor-site.jar");

    private final int articles;
    /** How many times the floor and the cold build are each measured. */
    private final int repeat;
    private final Path work;
    private final List<String> rows = new ArrayList<>();
    /** Where earlier outputs wait to be deleted until the measuring is over (see {@link #retire}). */
    private final Path trash;

    private BuildBenchmark(int articles, int repeat, Path work) {
        this.articles = articles;
        this.repeat = Math.max(1, repeat);
        this.work = work;
        this.trash = work.resolve("trash-" + System.nanoTime());
    }

    public static void main(String[] args) throws Exception {
        int articles = 1000;
        int repeat = 3;
        boolean stock = true;
        boolean serve = true;
        boolean real = true;
        boolean search10000 = true;
        boolean pdf = false;
        int large = 10_000;
        // null: the installed JDK 25, if any; empty: none.
        Optional<Path> jdk25 = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--no-stock" -> stock = false;
                case "--no-serve" -> serve = false;
                case "--no-real" -> real = false;
                case "--no-search-10000" -> search10000 = false;
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--pdf" -> pdf = true;
                case "--large" -> large = Integer.parseInt(args[++i]);
                case "--no-large" -> large = 0;
                case "--jdk25" -> jdk25 = Optional.of(Path.of(args[++i]));
                case "--no-jdk25" -> jdk25 = Optional.empty();
                default -> {
                    System.err.println("usage: BuildBenchmark [--articles N] [--repeat N] [--no-stock] [--no-serve] [--no-real]"
                        + " [--no-search-10000] [--large N | --no-large] [--jdk25 JAVA | --no-jdk25] [--pdf]");
                    System.exit(2);
                }
            }
        }
        if (large < 0) {
            System.err.println("--large needs a number of articles (or --no-large)");
            System.exit(2);
        }
        boolean jdk25Default = jdk25 == null;
        if (jdk25Default) {
            jdk25 = SecondJdk.installed25();
        } else if (jdk25.isPresent() && !Files.isExecutable(jdk25.get())) {
            System.err.println("--jdk25 " + jdk25.get() + ": not an executable java (or --no-jdk25)");
            System.exit(2);
        }
        if (!Files.isRegularFile(JAR)) {
            System.err.println("no " + JAR + ": run mvn -q -DskipTests package first");
            System.exit(2);
        }
        BuildBenchmark benchmark = new BuildBenchmark(articles, repeat, REPOSITORY.resolve("target/benchmark"));
        if (pdf) {
            benchmark.runPdf();
        } else {
            if (jdk25Default && jdk25.isEmpty()) {
                System.out.println("No /usr/lib/jvm/*25*/bin/java: no JDK 25 row (--jdk25 JAVA names one)");
            }
            benchmark.run(stock, serve, real, search10000, large, jdk25.map(java -> new SecondJdk(java, JAR)).orElse(null));
        }
    }

    /** The PDF editions' cost: cold builds with and without them, taking turns, and one article changed. */
    private void runPdf() throws Exception {
        System.out.printf(Locale.ROOT, "PDF benchmark: %d synthetic articles, %d cores, Java %s%n", articles,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        SyntheticSite synthetic = new SyntheticSite(articles);
        Path site = work.resolve("site-" + articles);
        retire(site);
        synthetic.write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        Path output = site.resolve("target/site");
        List<MeasuredProcess.Result> plains = new ArrayList<>();
        List<MeasuredProcess.Result> pdfs = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            retire(site.resolve("target"));
            plains.add(build(site, output));
            retire(site.resolve("target"));
            pdfs.add(build(site, output, List.of(), "--pdf-editions"));
        }
        MeasuredProcess.Result plain = median(plains, MeasuredProcess.Result::millis);
        MeasuredProcess.Result withPdfs = median(pdfs, MeasuredProcess.Result::millis);
        String runs = repeat == 1 ? "" : ", median of " + repeat + " taking turns";
        row("cold build, HTML only (no output, no cache" + runs + ")", plain);
        row("cold build with --pdf-editions: " + (synthetic.issues() + articles) + " PDFs (no output, no cache" + runs + ")", withPdfs);
        Path changed = site.resolve("content").resolve(synthetic.articlePath(0));
        Files.writeString(changed, Files.readString(changed) + "\nA sentence added by the benchmark.\n");
        row("rebuild with --pdf-editions, one article changed (its PDF and its issue's made again)",
            build(site, output, List.of(), "--pdf-editions"));
        System.out.println();
        System.out.println("| what | wall | articles/s | peak memory |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nCold build with PDF editions / without: %.2f times as long (%.2f s more)%n",
            (double) withPdfs.millis() / plain.millis(), (withPdfs.millis() - plain.millis()) / 1000.0);
        // Processor time, which the machine's load changes far less than wall time: medians of the same runs.
        long plainCpu = median(plains, MeasuredProcess.Result::cpuMillis).cpuMillis();
        long pdfCpu = median(pdfs, MeasuredProcess.Result::cpuMillis).cpuMillis();
        if (plainCpu > 0 && pdfCpu > 0) {
            System.out.printf(Locale.ROOT, "Processor time (user + system), with PDF editions / without: %.2f s / %.2f s = %.2f times%n",
                pdfCpu / 1000.0, plainCpu / 1000.0, (double) pdfCpu / plainCpu);
        }
        System.out.println(pdfs.get(pdfs.size() - 1).output().lines().filter(line -> line.contains("pdf: ")).reduce((a, b) -> b).orElse(""));
    }

    private void run(boolean stock, boolean serve, boolean real, boolean search10000, int large, SecondJdk jdk25) throws Exception {
        System.out.printf(Locale.ROOT, "Build benchmark: %d synthetic articles, %d cores, Java %s%n", articles,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (jdk25 != null) {
            System.out.println("Second JDK: " + jdk25.java());
        }
        SyntheticSite synthetic = new SyntheticSite(articles);
        Path site = work.resolve("site-" + articles);
        retire(site);
        synthetic.write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        Path output = site.resolve("target/site");

        // The floor and the cold build take turns, and each row is the median of its runs: on a shared machine one
        // run of either can be a quarter slower than the next, and taking turns puts both in the same moments. The
        // second JDK's cold build takes its turn with them, for the same reason.
        List<MeasuredProcess.Result> floors = new ArrayList<>();
        List<MeasuredProcess.Result> colds = new ArrayList<>();
        List<MeasuredProcess.Result> jdk25Colds = new ArrayList<>();
        List<String> jdk25CachesBefore = jdk25 == null ? List.of() : jdk25.startUpCaches();
        for (int i = 0; i < repeat; i++) {
            floors.add(converterFloor(site));
            retire(site.resolve("target"));
            colds.add(build(site, output, List.of(), StageTimes.ENVIRONMENT));
            if (jdk25 != null) {
                jdk25Colds.add(coldBuildOnJdk25(jdk25, site, output));
            }
        }
        MeasuredProcess.Result floor = median(floors, MeasuredProcess.Result::millis);
        MeasuredProcess.Result cold = median(colds, MeasuredProcess.Result::millis);
        String runs = repeat == 1 ? "" : ", median of " + repeat + " taking turns";
        row("floor: AsciidoctorJ alone converting the same files (a thread per core, same JVM options" + runs + ")", floor);
        row("cold build (no output, no cache" + runs + ")", cold);
        MeasuredProcess.Result jdk25Cold = jdk25 == null ? null
            : jdk25Row(jdk25, jdk25Colds, floor, SecondJdk.startUpCachesNote(jdk25CachesBefore, jdk25.startUpCaches()));
        retire(site.resolve("target"));
        row("cold build, without the class-data archive", build(site, output, List.of("-Dtechmonitor.class-data-archive=false")));
        row("rebuild, nothing changed (up to date: skipped)", build(site, output));
        row("rebuild, nothing changed, --force (rendered again)", build(site, output, List.of(), "--force"));
        // Builds after an edit build on what the last build kept (BuildState). The first after a whole build seeds a
        // new staging folder, the later ones take the version before as theirs: an editor's builds, one after another,
        // are the later kind, so one build first, not measured.
        Path changed = site.resolve("content").resolve(synthetic.articlePath(0));
        Files.writeString(changed, Files.readString(changed) + "\nA sentence added by the benchmark, not measured.\n");
        build(site, output);
        Files.writeString(changed, Files.readString(changed) + "\nA sentence added by the benchmark.\n");
        row("rebuild, one article's body changed", build(site, output));
        Path header = site.resolve("content").resolve(synthetic.articlePath(1));
        Files.writeString(header, Files.readString(header).replaceFirst("(?m)^(:themes: .*)$", "$1, digital-health"));
        row("rebuild, one article's header changed (a theme added)", build(site, output));
        List<String> searches = firstSearches(output, search10000);
        // From here on the site is the deploy's fresh checkout: the same files, one article a sentence longer.
        row("deploy (Pages): a fresh checkout, the last build's cache restored as actions/cache does, one article's body"
            + " changed (target ≤ 2 s at 1,000 articles; mvn package not counted)", deployBuild(site, synthetic));

        List<Long> saves = List.of();
        if (serve) {
            saves = serveLatencies(site, synthetic);
            rows.add(String.format(Locale.ROOT, "| serve: saved article visible (median of %d saves) | %.2f s | | |", saves.size(),
                median(saves, Long::longValue) / 1000.0));
        }
        MeasuredProcess.Result stockResult = null;
        if (stock) {
            stockResult = stockJBake(site);
            row("stock JBake 2.7.0, same content, minimal templates", stockResult);
        }
        List<MeasuredProcess.Result> reals = new ArrayList<>();
        if (real) {
            // As many cold builds as turns above, the median reported: one run on this machine swings by more than
            // the target's margin.
            for (int turn = 0; turn < repeat; turn++) {
                Path realOutput = work.resolve("real-site");
                // A cache of its own: cold every turn, and the repository's own target/.techmonitor-cache untouched.
                Path realCache = work.resolve("real-site-cache");
                retire(realOutput);
                retire(realCache);
                MeasuredProcess.Result realCold = MeasuredProcess.run(List.of(java(), "-jar", JAR.toString(), "build",
                    "--source", REPOSITORY.toString(), "--output", realOutput.toString(), "--cache", realCache.toString()), REPOSITORY);
                check(realCold, "real site build");
                reals.add(realCold);
            }
            MeasuredProcess.Result realCold = median(reals, MeasuredProcess.Result::millis);
            rows.add(String.format(Locale.ROOT, "| real site (content/), cold build (median of %d) | %.2f s | | %s |", reals.size(),
                realCold.millis() / 1000.0, realCold.peak()));
        }
        LargeSite largeSite = large > 0 ? largeSite(large, runs) : null;
        System.out.println();
        System.out.println("| what | wall | articles/s | peak memory |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nOur cold build / the converter alone: %.2f times as long (%.2f s more)%n",
            (double) cold.millis() / floor.millis(), (cold.millis() - floor.millis()) / 1000.0);
        if (repeat > 1) {
            System.out.println("Each turn, floor and cold build: " + joined(java.util.stream.IntStream.range(0, repeat).boxed().toList(),
                i -> String.format(Locale.ROOT, "%.2f s / %.2f s", floors.get(i).millis() / 1000.0, colds.get(i).millis() / 1000.0)));
        }
        if (jdk25Cold != null) {
            System.out.printf(Locale.ROOT, "Cold build on JDK 25 / the JDK %d floor: %.2f (moonshot: ≤ 0.85, %s); / the JDK %d cold build: %.2f%n",
                Runtime.version().feature(), (double) jdk25Cold.millis() / floor.millis(),
                jdk25Cold.millis() <= 0.85 * floor.millis() ? "met" : "not met", Runtime.version().feature(),
                (double) jdk25Cold.millis() / cold.millis());
            if (repeat > 1) {
                System.out.println("Each turn, cold build on JDK 25: " + joined(jdk25Colds,
                    result -> String.format(Locale.ROOT, "%.2f s", result.millis() / 1000.0)));
            }
        }
        if (largeSite != null) {
            largeSite.summary(articles, cold, floor).forEach(System.out::println);
        }
        if (stockResult != null) {
            System.out.printf(Locale.ROOT, "Stock JBake / our cold build: %.1f times as long%n", (double) stockResult.millis() / cold.millis());
        }
        if (reals.size() > 1) {
            System.out.println("real site, each cold build: " + joined(reals, result -> String.format(Locale.ROOT, "%.2f s", result.millis() / 1000.0)));
        }
        if (!saves.isEmpty()) {
            System.out.println("serve, each save to the saved sentence served: " + joined(saves, millis -> millis + " ms"));
        }
        System.out.println();
        stageTable(cold, jdk25Cold, largeSite).forEach(System.out::println);
        System.out.println();
        searches.forEach(System.out::println);
        // This run's trash, and any left by a run that was stopped.
        try (var folders = Files.list(work)) {
            for (Path folder : folders.filter(path -> path.getFileName().toString().startsWith("trash-")).toList()) {
                deleteTree(folder);
            }
        }
    }

    /**
     * The second JDK's cold build, on the site's files with no output and no cache, as {@code <java> -jar ... build}
     * with the stage times on: one turn of the floor and the cold builds.
     */
    private MeasuredProcess.Result coldBuildOnJdk25(SecondJdk jdk25, Path site, Path output) throws IOException, InterruptedException {
        retire(site.resolve("target"));
        MeasuredProcess.Result result = jdk25.build(site, output, StageTimes.ENVIRONMENT);
        check(result, "build on " + jdk25.java());
        return result;
    }

    /** The second JDK's cold-build row, beside the floor of the first; its median run, for the lines below the table. */
    private MeasuredProcess.Result jdk25Row(SecondJdk jdk25, List<MeasuredProcess.Result> colds, MeasuredProcess.Result floor,
        String startUpCaches) {
        MeasuredProcess.Result cold = median(colds, MeasuredProcess.Result::millis);
        row(String.format(Locale.ROOT, "cold build on JDK 25 (%s; no output, no cache%s; %s; moonshot ≤ 0.85 × the JDK %d floor = %.2f s)",
            jdk25.java(), colds.size() == 1 ? "" : ", median of " + colds.size() + " taking turns", startUpCaches,
            Runtime.version().feature(), 0.85 * floor.millis() / 1000.0), cold);
        return cold;
    }

    /**
     * The Pages workflow's build after a push that changed one article: the site replaced by a fresh checkout of it
     * in the same place (a runner checks out into the same workspace every time, and the build names its record of
     * the last build after the output's absolute path), with the cache the last build left (this benchmark's last)
     * restored, a third article's body changed.
     */
    private MeasuredProcess.Result deployBuild(Path site, SyntheticSite synthetic) throws IOException, InterruptedException {
        Path previous = retire(site);
        FreshCheckout.make(previous, site, work);
        Path changed = site.resolve("content").resolve(synthetic.articlePath(Math.min(2, articles - 1)));
        Files.writeString(changed, Files.readString(changed) + "\nA sentence added by the benchmark's deploy.\n");
        return build(site, site.resolve("target/site"));
    }

    /** The larger site's cold builds and floors, and the median of each. */
    private record LargeSite(int articles, MeasuredProcess.Result floor, MeasuredProcess.Result cold) {
        /** The lines below the table: cold build against floor at both sizes, the larger's peak, against their targets. */
        List<String> summary(int smallArticles, MeasuredProcess.Result smallCold, MeasuredProcess.Result smallFloor) {
            double ratio = (double) cold.millis() / floor.millis();
            long peakMb = cold.peakKib() / 1024;
            return List.of(
                String.format(Locale.ROOT, "Cold build / floor: %.2f at %d articles, %.2f at %d articles (target ≤ 1.25 at 10,000: %s)",
                    (double) smallCold.millis() / smallFloor.millis(), smallArticles, ratio, articles, ratio <= 1.25 ? "met" : "not met"),
                String.format(Locale.ROOT, "Cold build at %d articles: %.1f times the time at %d (%.1f times the articles), peak %s"
                    + " (target ≤ 1.0 GB = 1024 MB: %s)", articles, (double) cold.millis() / smallCold.millis(), smallArticles,
                    (double) articles / smallArticles, cold.peak(), cold.peakKib() < 0 ? "not measured" : peakMb <= 1024 ? "met" : "not met"));
        }
    }

    /**
     * The second size: a synthetic site of {@code large} articles, its floor and cold build taking turns as the first
     * size's (rows of their own, with the articles per second of that size).
     */
    private LargeSite largeSite(int large, String runs) throws IOException, InterruptedException {
        // Its own folder, whatever the first size: --articles 10000 writes site-10000.
        Path site = work.resolve("large-site-" + large);
        retire(site);
        new SyntheticSite(large).write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        Path output = site.resolve("target/site");
        List<MeasuredProcess.Result> floors = new ArrayList<>();
        List<MeasuredProcess.Result> colds = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            floors.add(converterFloor(site));
            retire(site.resolve("target"));
            colds.add(build(site, output, List.of(), StageTimes.ENVIRONMENT));
        }
        LargeSite measured = new LargeSite(large, median(floors, MeasuredProcess.Result::millis), median(colds, MeasuredProcess.Result::millis));
        row(large + " articles, floor: AsciidoctorJ alone" + runs, measured.floor(), large);
        row(large + " articles, cold build (no output, no cache" + runs + "; target ≤ 1.25 × its floor, ≤ 1.0 GB peak)",
            measured.cold(), large);
        return measured;
    }

    /**
     * The stages of the reported cold builds (the median runs), side by side: the first size on both JDKs and the
     * second size, with the second size's growth per stage against the articles'.
     */
    private List<String> stageTable(MeasuredProcess.Result cold, MeasuredProcess.Result jdk25Cold, LargeSite large) {
        List<StageTimes.Column> columns = new ArrayList<>();
        String jdk = "JDK " + Runtime.version().feature();
        columns.add(new StageTimes.Column(articles + " articles, " + jdk, StageTimes.of(cold)));
        StageTimes.Growth growth = null;
        if (large != null) {
            columns.add(new StageTimes.Column(large.articles() + " articles, " + jdk, StageTimes.of(large.cold())));
            growth = new StageTimes.Growth(0, 1, (double) large.articles() / articles, 1.1);
        }
        if (jdk25Cold != null) {
            columns.add(new StageTimes.Column(articles + " articles, JDK 25", StageTimes.of(jdk25Cold)));
        }
        List<String> lines = new ArrayList<>();
        if (columns.stream().allMatch(column -> column.times().isEmpty())) {
            lines.add("Stages of the cold builds: none printed (the jar printed no timing lines with TECHMONITOR_TIMINGS=1)");
            return lines;
        }
        lines.add("Stages of the cold builds reported above (TECHMONITOR_TIMINGS=1; each from the line before, the first from"
            + " the build JVM's start" + (growth == null ? "" : "; target: each stage's ratio at most 1.1 times the articles'") + "):");
        lines.add("");
        lines.addAll(StageTimes.table(columns, growth));
        List<String> events = StageTimes.events(columns);
        if (!events.isEmpty()) {
            lines.add("");
            lines.addAll(events);
        }
        return lines;
    }

    /**
     * Moves an earlier tree out of the way, to be deleted when the benchmark ends. Deleting it here would slow the
     * next build down for reasons of the file system, not of the build: on an ext4 without a journal (this project's
     * machines), allocating an inode skips every inode deleted in the last minutes whose table block is not yet
     * written back, so creating a thousand files right after deleting a few thousand spends most of its time there
     * (seen with perf in {@code recently_deleted}). A fresh clone, the case a cold build stands for, has deleted
     * nothing. Stock JBake's build is measured the same way.
     *
     * @return where the tree is now, or null if there was none
     */
    private Path retire(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return null;
        }
        Files.createDirectories(trash);
        return Files.move(tree, trash.resolve(tree.getFileName() + "-" + System.nanoTime()));
    }

    private MeasuredProcess.Result build(Path site, Path output) throws IOException, InterruptedException {
        return build(site, output, List.of());
    }

    private MeasuredProcess.Result build(Path site, Path output, List<String> jvmOptions, String... buildOptions)
        throws IOException, InterruptedException {
        return build(site, output, jvmOptions, java.util.Map.of(), buildOptions);
    }

    /** A build in a fresh JVM, with these variables added to its environment. */
    private MeasuredProcess.Result build(Path site, Path output, List<String> jvmOptions, java.util.Map<String, String> environment,
        String... buildOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "build", "--source", site.toString(), "--output", output.toString()));
        command.addAll(List.of(buildOptions));
        MeasuredProcess.Result result = MeasuredProcess.run(command, site, environment);
        check(result, "build");
        return result;
    }

    private void row(String what, MeasuredProcess.Result result) {
        row(what, result, articles);
    }

    /** A row of the table, its articles per second for a site of {@code count} articles. */
    private void row(String what, MeasuredProcess.Result result, int count) {
        rows.add(String.format(Locale.ROOT, "| %s | %.2f s | %.0f | %s |", what, result.millis() / 1000.0,
            count * 1000.0 / result.millis(), result.peak()));
    }

    /**
     * Starts {@code serve}, waits for its first build, then saves one article with a new sentence five times, two
     * seconds apart, and each time waits as the open page does (for the next build generation) and loads the article
     * until the sentence is served: the time an editor waits between saving and seeing, less the browser's own work.
     */
    private List<Long> serveLatencies(Path site, SyntheticSite synthetic) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process serve = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--source", site.toString(),
            "--port", String.valueOf(port)).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Serving")) {
                // the first build's output
            }
            if (line == null) {
                throw new IllegalStateException("serve stopped before serving");
            }
            Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }));
            drain.setDaemon(true);
            drain.start();
            String relative = synthetic.articlePath(1);
            Path file = site.resolve("content").resolve(relative);
            URI page = URI.create("http://localhost:" + port + "/" + relative.replace(".adoc", "/"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String marker = "Saved at " + System.nanoTime() + " by the benchmark";
            // The editor's browser already shows the page: the client's first request (its own start, the
            // connection) is made before the save, so that what is timed is the preview's work.
            if (client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                throw new IllegalStateException("serve does not serve " + page);
            }
            // An editor saves some time after starting the preview; serve uses it to start Asciidoctor.
            Thread.sleep(8000);
            // As the open page's live-reload script does: ask for the build generation after the one shown, which the
            // preview answers when a rebuild is done, then load the page again.
            URI generation = URI.create("http://localhost:" + port + PreviewServer.GENERATION_PATH);
            long shown = Long.parseLong(client.send(HttpRequest.newBuilder(generation).build(), HttpResponse.BodyHandlers.ofString()).body());
            List<Long> latencies = new ArrayList<>();
            for (int save = 0; save < 5; save++) {
                String sentence = marker + ", save " + save;
                long saved = System.nanoTime();
                Files.writeString(file, Files.readString(file) + "\n" + sentence + ".\n");
                while (true) {
                    if (System.nanoTime() - saved > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("the saved article did not appear within 60 s");
                    }
                    shown = Long.parseLong(client.send(HttpRequest.newBuilder(URI.create(generation + "?after=" + shown)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                    if (client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body().contains(sentence)) {
                        latencies.add((System.nanoTime() - saved) / 1_000_000);
                        break;
                    }
                }
                Thread.sleep(2000);
            }
            return latencies;
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * What a first search downloads: from the search index of the site just built, and (unless turned off) from the
     * index alone of 10,000 synthetic articles; as lines to print with the table.
     */
    private List<String> firstSearches(Path output, boolean search10000) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("First search, from the built site of " + articles + " articles:");
        lines.addAll(SearchIndexBenchmark.report(articles + " articles (built)", SearchFetch.ofFolder(output.resolve("search-index")), articles));
        if (search10000) {
            Path folder = work.resolve("search-10000");
            retire(folder);
            lines.add("First search at 10,000 articles, from the search index alone (bodies' text from their source):");
            lines.addAll(SearchIndexBenchmark.report("10000 articles (index alone)", SearchFetch.ofFiles(
                SearchIndexBenchmark.index(new SyntheticSite(10_000), folder), "search-index/"), 10_000));
        }
        return lines;
    }

    /** The value with the median key (the later of the two middle ones for an even count). */
    private static <T> T median(List<T> values, java.util.function.ToLongFunction<T> key) {
        List<T> sorted = values.stream().sorted(java.util.Comparator.comparingLong(key)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Each value as the figure lines print it, joined. */
    private static <T> String joined(List<T> values, java.util.function.Function<T, String> format) {
        return values.stream().map(format).collect(java.util.stream.Collectors.joining(", "));
    }

    /** AsciidoctorJ alone on the same files, in a JVM started as our builds start theirs (see {@link ConverterFloor}). */
    private MeasuredProcess.Result converterFloor(Path site) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(ShortRunJvm.buildJvmOptions());
        command.addAll(List.of("-cp", REPOSITORY.resolve("target/test-classes") + java.io.File.pathSeparator + JAR,
            ConverterFloor.class.getName(), site.resolve("content").toString(), String.valueOf(Runtime.getRuntime().availableProcessors())));
        MeasuredProcess.Result result = MeasuredProcess.run(command, site);
        check(result, "converter floor");
        return result;
    }

    /** The same content files, built by JBake's own launcher with minimal templates for each content type. */
    private MeasuredProcess.Result stockJBake(Path site) throws IOException, InterruptedException {
        Path stock = work.resolve("stock-" + articles);
        retire(stock);
        TestSites.copyTree(site.resolve("content"), stock.resolve("content"));
        Files.createDirectories(stock.resolve("assets"));
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>${content.title!}</title></head>\n"
            + "<body><main><h1>${content.title!}</h1>\n${content.body}</main></body></html>\n";
        Files.createDirectories(stock.resolve("templates"));
        StringBuilder properties = new StringBuilder("render.feed=false\nrender.archive=false\nrender.tags=false\nrender.sitemap=false\n");
        for (String type : List.of("article", "issue", "activity", "theme", "partner", "page")) {
            Files.writeString(stock.resolve("templates/" + type + ".ftl"), page);
            properties.append("template.").append(type).append(".file=").append(type).append(".ftl\n");
        }
        Files.writeString(stock.resolve("templates/index.ftl"), "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Index</title></head>"
            + "<body><ul><#list published_content as c><li><a href=\"${c.uri}\">${c.title!}</a></li></#list></ul></body></html>\n");
        Files.writeString(stock.resolve("jbake.properties"), properties.toString());
        // JBake's launcher first, with the Logback it comes with (the generator itself logs to slf4j-nop).
        String classpath = REPOSITORY.resolve("target/stock-jbake") + "/*" + java.io.File.pathSeparator + REPOSITORY.resolve("target/lib") + "/*";
        MeasuredProcess.Result result = MeasuredProcess.run(List.of(java(), "-cp", classpath, "org.jbake.launcher.Main", "-b",
            stock.toString(), stock.resolve("output").toString()), stock);
        check(result, "stock JBake");
        try (var pages = Files.walk(stock.resolve("output"))) {
            long written = pages.filter(path -> path.toString().endsWith(".html")).count();
            if (written < articles) {
                throw new IllegalStateException("stock JBake wrote only " + written + " pages for " + articles + " articles:\n" + result.output());
            }
        }
        return result;
    }

    private static void check(MeasuredProcess.Result result, String what) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
