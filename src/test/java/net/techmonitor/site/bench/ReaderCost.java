package net.techmonitor.site.bench;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.pipeline.PageReadings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the hand-written page reader saves over the Jsoup path that would replace it, against a cold build, in one run:
 * {@code java -cp target/test-classes:target/techmonitor-site.jar:$(cat /tmp/cp-readers.txt)
 * net.techmonitor.site.bench.ReaderCost [--articles N] [--builds N] [--warmup N] [--rounds N]}.
 *
 * <p>It writes the synthetic site ({@link SyntheticSite}) under {@code target/benchmark/}, builds it cold N times, each
 * in a fresh JVM as {@link BuildBenchmark} does ({@code java -jar target/techmonitor-site.jar build}, no output, no
 * cache), and takes the median wall time. Then, in this JVM (relaunched with the build's JVM options, so the readers
 * run compiled as they are in a build), it reads every page the last build wrote, and times on this one thread, round
 * after round after warm-up, {@code PageLinkScanner} on every page against a Jsoup parse and the two selections the
 * link check needs. Each pass is timed as this thread's CPU time and as the process's (the serial collector's work on
 * what the pass allocated included; a collection is forced before each pass); the two paths take turns in each round,
 * in alternating order. Before timing, both paths must give the same result on every page.</p>
 *
 * <p>Until 2026-12-01 it also timed {@code SimpleBodyReader}, which finished converted bodies without a Jsoup parse;
 * docs/performance.md ("Hand-written readers against Jsoup") has that run, and why the reader was removed.</p>
 */
public final class ReaderCost {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path JAR = REPOSITORY.resolve("target/techmonitor-site.jar");
    private static final String MARK = "techmonitor.reader-cost.relaunched";

    private ReaderCost() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty(MARK) == null) {
            System.exit(relaunch(args));
        }
        int articles = 1000;
        int builds = 3;
        int warmup = 5;
        int rounds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--builds" -> builds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ReaderCost [--articles N] [--builds N] [--warmup N] [--rounds N]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Reader cost: %d synthetic articles, %d cores, Java %s, JVM options %s%n", articles,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
            ManagementFactory.getRuntimeMXBean().getInputArguments());

        // The cold builds, each in a fresh JVM, earlier outputs moved aside (see BuildBenchmark.retire).
        Path work = REPOSITORY.resolve("target/benchmark");
        Path trash = work.resolve("trash-" + System.nanoTime());
        Path site = work.resolve("reader-cost-" + articles);
        retire(site, trash);
        new SyntheticSite(articles).write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        Path output = site.resolve("target/site");
        List<Long> colds = new ArrayList<>();
        String pagesLine = "";
        for (int i = 0; i < builds; i++) {
            retire(site.resolve("target"), trash);
            MeasuredProcess.Result result = MeasuredProcess.run(List.of(java(), "-jar", JAR.toString(), "build", "--source", site.toString(),
                "--output", output.toString()), site);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("cold build failed:\n" + result.output());
            }
            colds.add(result.millis());
            pagesLine = result.output().lines().filter(line -> line.contains("pages written")).findFirst().orElse("");
        }
        long cold = colds.stream().sorted().toList().get(colds.size() / 2);
        System.out.printf(Locale.ROOT, "cold builds: %s; median %.2f s (%s)%n", joined(colds, millis -> String.format(Locale.ROOT, "%.2f s",
            millis / 1000.0)), cold / 1000.0, pagesLine.strip());

        // The inputs: every page the last build wrote.
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output.toRealPath())) {
            for (Path page : walk.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(page));
            }
        }
        System.out.printf(Locale.ROOT, "inputs: %d pages, %.1f MB%n", pages.size(), megabytes(pages));

        // Both paths must give the same result, or the comparison is of different work.
        for (String page : pages) {
            if (!PageReadings.byScanner(page).equals(PageReadings.byJsoup(page))) {
                throw new IllegalStateException("the two readings of a page differ");
            }
        }

        List<Pass> passes = List.of(
            new Pass("pages, PageLinkScanner", sink -> pages.forEach(page -> sink.accept(PageReadings.byScanner(page)))),
            new Pass("pages, Jsoup parse + selection", sink -> pages.forEach(page -> sink.accept(PageReadings.byJsoup(page)))));
        for (int round = 0; round < warmup + rounds; round++) {
            boolean counted = round >= warmup;
            // Hand-written first in even rounds, Jsoup first in odd ones.
            int[] order = round % 2 == 0 ? new int[]{0, 1} : new int[]{1, 0};
            for (int index : order) {
                passes.get(index).time(counted);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d warm-up rounds, %d timed; medians of the timed rounds (range):%n", warmup, rounds);
        System.out.println("| pass | thread CPU | process CPU |");
        System.out.println("|---|---|---|");
        for (Pass pass : passes) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", pass.name, pass.summary(pass.thread), pass.summary(pass.process));
        }
        System.out.printf(Locale.ROOT, "%nFirst timed pass of each, in the order run (after the untimed equality check): %s%n",
            joined(passes, pass -> String.format(Locale.ROOT, "%s %.0f ms", pass.name, pass.first / 1e6)));
        System.out.println();
        Pass hand = passes.get(0);
        Pass jsoup = passes.get(1);
        for (boolean process : new boolean[]{false, true}) {
            double saved = (median(process ? jsoup.process : jsoup.thread) - median(process ? hand.process : hand.thread)) / 1e6;
            System.out.printf(Locale.ROOT, "%s saves %.0f ms of %s CPU: %.2f%% of the cold build's %.2f s wall (upper bound), "
                    + "%.2f%% divided by the build's %d threads%n", hand.name, saved, process ? "process" : "thread",
                100 * saved / cold, cold / 1000.0, 100 * saved / cold / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        }
        try (var folders = Files.list(work)) {
            for (Path folder : folders.filter(path -> path.getFileName().toString().startsWith("trash-")).toList()) {
                deleteTree(folder);
            }
        }
    }

    /** One way of reading every input; its CPU time per round. */
    private static final class Pass {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        final String name;
        final Consumer<Consumer<Object>> work;
        final List<Long> thread = new ArrayList<>();
        final List<Long> process = new ArrayList<>();
        long first = -1;
        /** Keeps each result reachable to the end of the pass, so none is optimised away. */
        int results;

        Pass(String name, Consumer<Consumer<Object>> work) {
            this.name = name;
            this.work = work;
        }

        void time(boolean counted) {
            System.gc();
            List<Object> kept = new ArrayList<>();
            long threadStart = THREADS.getCurrentThreadCpuTime();
            long processStart = OS.getProcessCpuTime();
            work.accept(kept::add);
            long threadNanos = THREADS.getCurrentThreadCpuTime() - threadStart;
            long processNanos = OS.getProcessCpuTime() - processStart;
            results += kept.size();
            if (first < 0) {
                first = threadNanos;
            }
            if (counted) {
                thread.add(threadNanos);
                process.add(processNanos);
            }
        }

        String summary(List<Long> nanos) {
            return String.format(Locale.ROOT, "%.0f ms (%.0f-%.0f)", median(nanos) / 1e6,
                nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6, nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** This class again, in a JVM with the options a build's JVM has, on this class path. */
    private static int relaunch(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(net.techmonitor.site.launch.ShortRunJvm.buildJvmOptions());
        command.addAll(List.of("-D" + MARK + "=true", "-cp", System.getProperty("java.class.path"), ReaderCost.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static double megabytes(List<String> texts) {
        return texts.stream().mapToLong(String::length).sum() / 1e6;
    }

    private static <T> String joined(List<T> values, java.util.function.Function<T, String> format) {
        return values.stream().map(format).collect(java.util.stream.Collectors.joining(", "));
    }

    private static void retire(Path tree, Path trash) throws java.io.IOException {
        if (Files.exists(tree)) {
            Files.createDirectories(trash);
            Files.move(tree, trash.resolve(tree.getFileName() + "-" + System.nanoTime()));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
