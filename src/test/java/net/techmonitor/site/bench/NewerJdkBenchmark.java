package net.techmonitor.site.bench;

import net.techmonitor.site.launch.ShortRunJvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold builds on JDK 17 and on a newer JDK, against the JDK 17 converter floor, taking turns in one run (issue 22,
 * "Below the floor, on the newer JDK"): {@code java -cp target/test-classes:target/techmonitor-site.jar
 * net.techmonitor.site.bench.NewerJdkBenchmark SITE NEWER-JAVA [--repeat N] [--variant LABEL "JVM OPTIONS"]...}.
 *
 * <p>Run it with JDK 17: that JVM is the floor's ({@link ConverterFloor} with the build's own options, as
 * {@link BuildBenchmark} runs it) and the first build's. SITE is a site folder (content, templates, assets), e.g. a
 * copy of {@code target/benchmark/site-1000} with the repository's templates and assets; its {@code target/} is
 * moved away before each build, so every build is cold (no output, no cache). Each row is {@code java OPTIONS -jar
 * target/techmonitor-site.jar build --source SITE}: JDK 17 with its class-data archive, the newer JDK without its
 * archive or cache ({@code -Dtechmonitor.class-data-archive=false}) and with it, then each variant on the newer JDK
 * (its options go to the launching JVM, which passes them on to the build's, after its own). A row's figures are the
 * medians of its turns: wall time, and CPU time (user and system, by GNU time, which also counts in the peak memory). It is kept apart from {@code BuildBenchmark}, which runs one JDK.</p>
 */
public final class NewerJdkBenchmark {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path JAR = REPOSITORY.resolve("target/techmonitor-site.jar");
    /** The CPU time of each run (user and system, every JVM of it). */
    private static final Map<MeasuredProcess.Result, Long> CPU_MILLIS = new java.util.IdentityHashMap<>();

    private NewerJdkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: NewerJdkBenchmark SITE NEWER-JAVA [--repeat N] [--variant LABEL \"JVM OPTIONS\"]...");
            System.exit(2);
        }
        Path site = Path.of(args[0]).toAbsolutePath();
        String newer = args[1];
        int repeat = 3;
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String newerName = "JDK " + version(newer);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("cold build, JDK " + Runtime.version().feature() + " with its class-data archive", command(java17, List.of(), site));
        rows.put("cold build, " + newerName + " without an archive or cache", command(newer, List.of("-Dtechmonitor.class-data-archive=false"), site));
        rows.put("cold build, " + newerName + " with its AOT cache", command(newer, List.of(), site));
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--variant")) {
                String label = args[++i];
                rows.put("cold build, " + newerName + ", " + label, command(newer, List.of(args[++i].strip().split("\\s+")), site));
            } else {
                System.err.println("unknown argument " + args[i]);
                System.exit(2);
            }
        }
        Path trash = site.resolveSibling(site.getFileName() + "-trash-" + System.nanoTime());
        List<String> floorCommand = new ArrayList<>(List.of(java17));
        floorCommand.addAll(ShortRunJvm.buildJvmOptions());
        floorCommand.addAll(List.of("-cp", REPOSITORY.resolve("target/test-classes") + java.io.File.pathSeparator + JAR,
            ConverterFloor.class.getName(), site.resolve("content").toString(), String.valueOf(Runtime.getRuntime().availableProcessors())));
        String floorLabel = "floor: AsciidoctorJ alone, JDK " + Runtime.version().feature() + " (a thread per core, the build's options)";
        Map<String, List<MeasuredProcess.Result>> results = new LinkedHashMap<>();
        results.put(floorLabel, new ArrayList<>());
        rows.keySet().forEach(label -> results.put(label, new ArrayList<>()));
        System.out.printf(Locale.ROOT, "%s, %d cores, %d turns, load average at start %s%n", site,
            Runtime.getRuntime().availableProcessors(), repeat, Files.readString(Path.of("/proc/loadavg")).strip());
        for (int turn = 0; turn < repeat; turn++) {
            results.get(floorLabel).add(measured(floorCommand, site, trash));
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                results.get(row.getKey()).add(measured(row.getValue(), site, trash));
            }
        }
        long floor = median(results.get(floorLabel));
        System.out.println();
        long floorCpu = medianCpu(results.get(floorLabel));
        System.out.println("| what (median of " + repeat + " taking turns) | wall | / JDK 17 floor | each turn | CPU | / floor's CPU | peak memory |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<MeasuredProcess.Result>> row : results.entrySet()) {
            long median = median(row.getValue());
            String turns = String.join(", ", row.getValue().stream().map(result -> seconds(result.millis())).toList());
            String peak = row.getValue().stream().filter(result -> result.millis() == median).findFirst().orElseThrow().peak();
            long cpu = medianCpu(row.getValue());
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %.2f | %s |%n", row.getKey(), seconds(median), (double) median / floor,
                turns, seconds(cpu), (double) cpu / floorCpu, peak);
        }
        deleteTree(trash);
    }

    private static List<String> command(String executable, List<String> options, Path site) {
        List<String> command = new ArrayList<>(List.of(executable));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString(), "build", "--source", site.toString()));
        return command;
    }

    /** One cold run: the site's {@code target/} moved out of the way first (deleting it would slow the next build's file creation). */
    private static MeasuredProcess.Result measured(List<String> command, Path site, Path trash) throws IOException, InterruptedException {
        Path target = site.resolve("target");
        if (Files.exists(target)) {
            Files.createDirectories(trash);
            Files.move(target, trash.resolve("target-" + System.nanoTime()));
        }
        // GNU time adds the CPU time of the JVMs (the build's child JVM is waited for by the launching one): on a
        // shared machine what a build computes swings less than how long it waits for a core.
        Path times = Files.createTempFile("cpu-", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-q", "-f", "%U %S", "-o", times.toString()));
        timed.addAll(command);
        MeasuredProcess.Result result = MeasuredProcess.run(timed, site);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
        String[] userAndSystem = Files.readString(times).strip().split("\\s+");
        Files.delete(times);
        CPU_MILLIS.put(result, Math.round((Double.parseDouble(userAndSystem[0]) + Double.parseDouble(userAndSystem[1])) * 1000));
        return result;
    }

    private static String version(String executable) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().filter(line -> line.strip().startsWith("java.vm.version = ")).findFirst()
            .map(line -> line.substring(line.indexOf('=') + 1).strip()).orElse(executable);
    }

    private static long median(List<MeasuredProcess.Result> results) {
        List<Long> sorted = results.stream().map(MeasuredProcess.Result::millis).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long medianCpu(List<MeasuredProcess.Result> results) {
        List<Long> sorted = results.stream().map(CPU_MILLIS::get).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static void deleteTree(Path root) throws IOException {
        BuildBenchmark.deleteTree(root);
    }
}
