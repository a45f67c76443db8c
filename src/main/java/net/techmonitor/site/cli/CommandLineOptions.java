package net.techmonitor.site.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed command line: the words before the options, then {@code --name value} options and flags. */
record CommandLineOptions(List<String> words, Map<String, String> values, Set<String> flags) {
    /** Every command, and the command line without one, answers these. */
    static final Set<String> EVERYWHERE = Set.of("help", "version");

    /** What a command takes: flags, and options that take a value (names without {@code --}). */
    record Accepted(Set<String> flags, Set<String> valued) {
        static final Accepted NOTHING = new Accepted(Set.of(), Set.of());
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Reads the command line; an option the command does not take is refused here, before anything is done. */
    static CommandLineOptions parse(String[] args, Accepted accepted) throws UsageException {
        List<String> words = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                flags.add("help");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (EVERYWHERE.contains(name) || accepted.flags().contains(name)) {
                    flags.add(name);
                } else if (!accepted.valued().contains(name)) {
                    throw new UsageException("unknown option " + arg);
                } else if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(arg + " needs a value");
                } else if (values.put(name, args[++i]) != null) {
                    throw new UsageException(arg + " is given twice");
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            } else if (values.isEmpty() && flags.isEmpty()) {
                words.add(arg);
            } else {
                throw new UsageException("unexpected argument '" + arg + "' (options take one value; quote values with spaces)");
            }
        }
        return new CommandLineOptions(List.copyOf(words), Map.copyOf(values), Set.copyOf(flags));
    }

    /** Refuses options this use of the command does not take (as {@code new issue} does not take {@code --issue}). */
    void allowOnly(Set<String> known) throws UsageException {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        for (String flag : flags) {
            if (!EVERYWHERE.contains(flag) && !known.contains(flag)) {
                throw new UsageException("unknown option --" + flag);
            }
        }
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
