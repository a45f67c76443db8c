package net.techmonitor.site.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a JVM tuned for it. {@code java -jar} cannot carry JVM options, and the defaults suit long
 * servers, not a build of a few seconds: on this project's machines, C2 compilation slows a cold build down (the
 * Ruby in Asciidoctor starts far later with both compilers) and G1 takes three times the memory of the serial
 * collector. {@code serve} runs long, but what an editor waits for there is a save rebuilt
 * within seconds of starting it: with C2 the compiler threads were still busy ten seconds after the preview started
 * and the first saves took over a second; with C1 alone the first save is rebuilt in a few hundred milliseconds and
 * later ones as fast as with C2. So every command gets the same options. {@code main} starts one child JVM with the
 * options below (the options the user gave {@code java} come after ours and win; a collector the user chose replaces
 * ours) and passes on its exit status. A JVM started with {@code -Dtechmonitor.tuned=true} runs the command itself.
 *
 * <p>This package knows how to start such a JVM, not which commands are worth one: the command line decides that,
 * and names its own main class.</p>
 */
public final class ShortRunJvm {
    static final String TUNED = "techmonitor.tuned";
    /** Where Linux says whether it gives transparent huge pages to a process that asks. */
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    private static final java.util.regex.Pattern COLLECTOR_CHOICE = java.util.regex.Pattern.compile(
        "-XX:\\+Use(Serial|Parallel|ParallelOld|G1|Z|Shenandoah|Epsilon|ConcMarkSweep)GC");

    private ShortRunJvm() {
    }

    /** Whether this JVM is the tuned child, which runs the command itself. */
    public static boolean alreadyTuned() {
        return Boolean.getBoolean(TUNED);
    }

    /** The JVM options for a command on this machine (the same for all commands; see above). */
    static List<String> options(int javaFeatureVersion) {
        return options(javaFeatureVersion, hugePagesOffered(HUGE_PAGES_SETTING));
    }

    static List<String> options(int javaFeatureVersion, boolean hugePages) {
        List<String> options = new ArrayList<>(tuning(javaFeatureVersion, hugePages));
        options.add("-D" + TUNED + "=true");
        return options;
    }

    /** The options that tune the JVM, without the mark that tells the command it already runs in such a JVM. */
    static List<String> tuning(int javaFeatureVersion) {
        return tuning(javaFeatureVersion, hugePagesOffered(HUGE_PAGES_SETTING));
    }

    private static List<String> tuning(int javaFeatureVersion, boolean hugePages) {
        List<String> options = new ArrayList<>();
        if (hugePages) {
            // The heap in 2 MB pages: each 4 kB page a build first touches is a fault, and on this project's virtual
            // machines faults cost most in the collector's first pauses, which stop Asciidoctor's start (measured in
            // docs/performance.md: less time, the same peak memory).
            options.add("-XX:+UseTransparentHugePages");
        }
        // C1 alone on JDK 25 too: with C2 and the method profiles of an AOT cache trained so (JEP 515), a cold build
        // took about twice the CPU time (docs/performance.md).
        options.add("-XX:TieredStopAtLevel=1");
        // With C1 alone a method is compiled once, without profiling, so waiting for 200 calls before compiling it
        // (the default, set for a JVM that then profiles for C2) only keeps it interpreted longer; a quarter of that
        // (docs/performance.md has the runs).
        options.add("-XX:CompileThresholdScaling=0.25");
        if (javaFeatureVersion >= 20) {
            // Since JDK 20 no sweeper frees compiled code: a collection does, whenever the code compiled since the
            // last one passes SweeperThreshold (15%) of the code cache. C1's 48 MB cache grows by that much three
            // times in a cold build, so three full collections of the serial collector, about 0.45 s on JDK 25
            // (docs/performance.md). The cache a JVM with C2 reserves, 240 MB, is address space, committed as used.
            options.add("-XX:ReservedCodeCacheSize=240m");
        }
        options.add(SERIAL_COLLECTOR);
        // JRuby loads thousands of classes: the default first metadata threshold (about 20 MB) would stop a
        // build twice for full collections that free nothing. This is a threshold, not a reservation.
        options.add("-XX:MetaspaceSize=256m");
        // Asciidoctor's Ruby recurses deeply on nested blocks.
        options.add("-Xss4m");
        options.add("-XX:-UsePerfData");
        if (javaFeatureVersion >= 23) {
            // JRuby still uses sun.misc.Unsafe; from JDK 23 on the JVM warns on every run unless allowed.
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        options.add("--enable-native-access=ALL-UNNAMED");
        return options;
    }

    /**
     * Whether the kernel gives transparent huge pages to a process that asks ({@code madvise}) or to all
     * ({@code always}). Elsewhere (mode {@code never}, or not Linux) the JVM would warn at every start, or not know
     * the option at all, so it is not given.
     */
    static boolean hugePagesOffered(Path setting) {
        try {
            String mode = java.nio.file.Files.readString(setting);
            return mode.contains("[madvise]") || mode.contains("[always]");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Classes from the class path are not verified again as they load. Most of what a build loads outside the
     * class-data archive is the bytecode JRuby generates for Asciidoctor's Ruby as it runs, and verifying it cost
     * a cold build a noticeable part of its time (docs/performance.md). The classes in
     * the archive were verified when it was made (the archive is made without this option); the JDK's own classes
     * are always verified. What is given up is the JVM's check of the generator's own dependencies and of JRuby's
     * compiler output, in a process that runs no code but those. {@code java -XX:+UnlockDiagnosticVMOptions
     * -XX:+BytecodeVerificationRemote -jar ...} turns the check back on (the user's options come after these).
     */
    static final List<String> UNVERIFIED_CLASS_PATH = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote");

    /**
     * The options of the JVM that the building commands run in on this machine, without the class-data archive: what
     * the benchmark gives the converter it measures builds against.
     */
    public static List<String> buildJvmOptions() {
        List<String> options = new ArrayList<>(tuning(Runtime.version().feature()));
        options.addAll(UNVERIFIED_CLASS_PATH);
        return options;
    }

    /**
     * Starts {@code mainClass} with these arguments in a tuned child JVM, waits for it, and returns its exit status.
     *
     * @param mainClass the class the child runs, on this JVM's class path
     */
    public static int relaunch(Class<?> mainClass, String[] args) throws java.io.IOException, InterruptedException {
        List<String> userOptions = UserJvmOptions.of(args);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(leavingTheCollectorToTheUser(options(Runtime.version().feature()),
            java.util.stream.Stream.concat(userOptions.stream(), UserJvmOptions.environmentWords().stream()).toList()));
        command.addAll(UNVERIFIED_CLASS_PATH);
        // -Dtechmonitor.class-data-archive=false leaves the archive out (the benchmark measures both ways).
        ClassDataArchive.runningJar().filter(jar -> Boolean.parseBoolean(System.getProperty("techmonitor.class-data-archive", "true")))
            .ifPresent(jar ->
            command.addAll(ClassDataArchive.optionsFor(jar, System.getProperty("java.vm.version"), Runtime.version().feature())));
        command.addAll(userOptions);
        command.add("-cp");
        // Absolute, because a class-data archive only fits the class path exactly as it was written when made.
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        useUtf8FileNames(builder.environment());
        Process child = builder.start();
        // If this JVM is stopped (kill, not Ctrl+C, which reaches both), the child must not live on.
        Thread stopChild = new Thread(child::destroy, "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return status;
    }

    /**
     * On Linux the JVM reads and writes file names in the locale's encoding, fixed at its start: under {@code LANG=C}
     * a file named {@code my chart ü.png} cannot even be named, and messages print {@code ??}. The child gets a UTF-8
     * locale instead ({@code C.UTF-8}, which glibc always has), unless the user's locale already is UTF-8. macOS and
     * Windows name files in Unicode whatever the locale.
     */
    static void useUtf8FileNames(java.util.Map<String, String> environment) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && !encoding.replace("-", "").equalsIgnoreCase("UTF8")) {
            environment.put("LC_ALL", "C.UTF-8");
        }
    }

    /**
     * Our options without the serial collector when the user chose a collector, on the command line or in
     * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}: a later option wins for every other setting, but a JVM
     * given two collectors refuses to start ("Multiple garbage collectors selected").
     */
    static List<String> leavingTheCollectorToTheUser(List<String> ours, List<String> user) {
        boolean chosen = user.stream().anyMatch(option -> COLLECTOR_CHOICE.matcher(option).matches());
        return chosen ? ours.stream().filter(option -> !option.equals(SERIAL_COLLECTOR)).toList() : ours;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String absoluteClassPath(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
            .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
