package net.techmonitor.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command to its end and measures its wall time and peak memory. Peak memory is the sum of the peak
 * resident sets (VmHWM in {@code /proc/<pid>/status}) of the process and of its descendants, sampled every 50
 * milliseconds: VmHWM only grows, so the last sample before a process exits is its peak. (Linux only; on other
 * systems the memory column says so.)
 */
final class MeasuredProcess {

    /** What one run cost. {@code peakKib} is -1 where the system does not say. */
    record Result(long millis, long peakKib, int exitCode, String output) {
        String peak() {
            return peakKib < 0 ? "n/a" : (peakKib / 1024) + " MB";
        }
    }

    private MeasuredProcess() {
    }

    static Result run(List<String> command, Path workingFolder) throws IOException, InterruptedException {
        Path log = Files.createTempFile("benchmark-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
            long started = System.nanoTime();
            Process process = builder.start();
            java.util.Map<Long, Long> peaks = new java.util.HashMap<>();
            // Every 50 ms: sampling more often costs the measured build CPU on a two-core machine.
            while (!process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                sample(process.toHandle(), peaks);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = peaks.isEmpty() ? -1 : peaks.values().stream().mapToLong(Long::longValue).sum();
            return new Result(millis, peak, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void sample(ProcessHandle process, java.util.Map<Long, Long> peaks) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process);
        process.descendants().forEach(all::add);
        for (ProcessHandle handle : all) {
            highWaterMark(handle.pid()).ifPresent(kib -> peaks.merge(handle.pid(), kib, Math::max));
        }
    }

    private static Optional<Long> highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading, or this is not Linux
        }
        return Optional.empty();
    }
}
