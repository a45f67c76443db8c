package net.techmonitor.site.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed command line: the words before the options, then {@code --name value} options and flags. */
record CommandLineOptions(List<String> words, Map<String, String> values, Set<String> flags) {
    private static final Set<String> FLAGS = Set.of("help", "drafts", "pdf-editions", "force");

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static CommandLineOptions parse(String[] args) throws UsageException {
        List<String> words = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                flags.add("help");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (FLAGS.contains(name)) {
                    flags.add(name);
                } else if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(arg + " needs a value");
                } else if (values.put(name, args[++i]) != null) {
                    throw new UsageException(arg + " is given twice");
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else if (values.isEmpty() && flags.isEmpty()) {
                words.add(arg);
            } else {
                throw new UsageException("unexpected argument '" + arg + "' (options take one value; quote values with spaces)");
            }
        }
        return new CommandLineOptions(List.copyOf(words), Map.copyOf(values), Set.copyOf(flags));
    }

    /** Refuses options the command does not know, so a typo is not silently ignored. */
    void allowOnly(Set<String> known) throws UsageException {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("unknown option '--" + name + "' (expected one of: --" + String.join(", --", known.stream().sorted().toList()) + ")");
            }
        }
        for (String flag : flags) {
            if (!flag.equals("help") && !known.contains(flag)) {
                throw new UsageException("unknown option '--" + flag + "'");
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
