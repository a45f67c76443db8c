package net.techmonitor.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command to its end and measures its wall time, the processor time it used and its peak memory. Peak memory is the sum of the peak
 * resident sets (VmHWM in {@code /proc/<pid>/status}) of the process and of its descendants, sampled every 50
 * milliseconds: VmHWM only grows, so the last sample before a process exits is its peak. Descendants are looked for
 * every 500 ms, so one that lives shorter than that may be missed; a build's child JVM lives as long as the build.
 * (Linux only; on other systems the memory column says so.) Processor time is sampled the same way, from
 * {@code /proc/<pid>/stat} (user and system time of each process): what a build costs the machine whatever else
 * runs on it, where wall time on a shared machine depends on its load. The last 50 ms of each process may be missed.
 */
final class MeasuredProcess {

    /** What one run cost. {@code peakKib} and {@code cpuMillis} are -1 where the system does not say. */
    record Result(long millis, long peakKib, long cpuMillis, int exitCode, String output) {
        String peak() {
            return peakKib < 0 ? "n/a" : (peakKib / 1024) + " MB";
        }
    }

    private MeasuredProcess() {
    }

    static Result run(List<String> command, Path workingFolder) throws IOException, InterruptedException {
        return run(command, workingFolder, java.util.Map.of());
    }

    /** As {@link #run(List, Path)}, with these variables added to the environment the command inherits. */
    static Result run(List<String> command, Path workingFolder, java.util.Map<String, String> environment)
        throws IOException, InterruptedException {
        Path log = Files.createTempFile("benchmark-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            java.util.Map<Long, Long> peaks = new java.util.HashMap<>();
            java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
            List<ProcessHandle> tree = List.of(process.toHandle());
            // Every 50 ms, the high-water mark of each process known. Finding the processes is the dear part (the JDK
            // reads every process's stat to find descendants), and the build's child JVM starts once and lives to the
            // end, so the tree is looked for again only every 500 ms. With `sleep 8` as the command, in a fresh JVM,
            // the measuring thread used 371 ms of CPU before and 174-203 ms after (with the status read as one
            // string): on two cores, CPU the measured build no longer shares.
            for (int sample = 0; !process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS); sample++) {
                if (sample % 10 == 0) {
                    tree = processTree(process.toHandle());
                }
                sample(tree, peaks, cpu);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = peaks.isEmpty() ? -1 : peaks.values().stream().mapToLong(Long::longValue).sum();
            long cpuMillis = cpu.isEmpty() ? -1 : cpu.values().stream().mapToLong(Long::longValue).sum();
            return new Result(millis, peak, cpuMillis, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<ProcessHandle> processTree(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process);
        process.descendants().forEach(all::add);
        return all;
    }

    private static void sample(List<ProcessHandle> tree, java.util.Map<Long, Long> peaks, java.util.Map<Long, Long> cpu) {
        for (ProcessHandle handle : tree) {
            highWaterMark(handle.pid()).ifPresent(kib -> peaks.merge(handle.pid(), kib, Math::max));
            processorMillis(handle.pid()).ifPresent(millis -> cpu.merge(handle.pid(), millis, Math::max));
        }
    }

    /** User and system time (fields 14 and 15 of {@code /proc/<pid>/stat}, in the kernel's 100 ticks a second). */
    private static Optional<Long> processorMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.ISO_8859_1);
            // The command name (field 2) is in parentheses and may hold spaces: the fields are counted after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> highWaterMark(long pid) {
        try {
            String status = Files.readString(Path.of("/proc/" + pid + "/status"), StandardCharsets.ISO_8859_1);
            int at = status.indexOf("VmHWM:");
            if (at < 0) {
                return Optional.empty();
            }
            int end = status.indexOf('\n', at);
            return Optional.of(Long.parseLong(status.substring(at + "VmHWM:".length(), end < 0 ? status.length() : end)
                .replace("kB", "").strip()));
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading, or this is not Linux
            return Optional.empty();
        }
    }
}
