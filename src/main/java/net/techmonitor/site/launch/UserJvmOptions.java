package net.techmonitor.site.launch;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JVM options the user gave {@code java}, which the tuned child JVM gets after its own (so they win).
 *
 * <p>They are read from the process's own command line. The JVM's list of input arguments ({@code RuntimeMXBean})
 * also holds what {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS} say, and the child inherits those variables
 * and reads them again: every such option reached it twice, and an agent given twice (a profiler, a coverage agent
 * in CI) stopped the child JVM from starting at all. Loading the management classes also cost this short-lived
 * parent time. Where the command line cannot be read, the input arguments are used without the variables'
 * words.</p>
 */
final class UserJvmOptions {
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");
    private static final List<String> ENVIRONMENT_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private UserJvmOptions() {
    }

    /** @param applicationArguments what {@code main} was given */
    static List<String> of(String[] applicationArguments) {
        return ProcessHandle.current().info().arguments()
            .flatMap(argv -> fromCommandLine(Arrays.asList(argv), applicationArguments.length))
            .orElseGet(() -> withoutEnvironmentOptions(ManagementFactory.getRuntimeMXBean().getInputArguments(), environmentWords()));
    }

    /**
     * @param argv                 the command line after the {@code java} executable
     * @param applicationArguments how many words at its end are the application's
     * @return the JVM options before {@code -jar JAR} or the main class, without the class path (the child is given
     *     its own), or empty when the command line does not have that shape
     */
    static Optional<List<String>> fromCommandLine(List<String> argv, int applicationArguments) {
        int main = argv.size() - applicationArguments - 1;
        if (main < 0) {
            return Optional.empty();
        }
        int end = main >= 1 && argv.get(main - 1).equals("-jar") ? main - 1 : main;
        List<String> options = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String word = argv.get(i);
            if (CLASS_PATH_OPTIONS.contains(word)) {
                i++;
            } else if (!word.startsWith("--class-path=")) {
                options.add(word);
            }
        }
        return Optional.of(options);
    }

    /** The input arguments less one occurrence of each word the environment variables gave (the child reads them itself). */
    static List<String> withoutEnvironmentOptions(List<String> inputArguments, List<String> environmentWords) {
        List<String> remaining = new ArrayList<>(inputArguments);
        for (String word : environmentWords) {
            remaining.remove(word);
        }
        return remaining;
    }

    /** The words of {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}, which every JVM started here reads. */
    static List<String> environmentWords() {
        List<String> words = new ArrayList<>();
        for (String variable : ENVIRONMENT_OPTIONS) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                words.addAll(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        return words;
    }
}
