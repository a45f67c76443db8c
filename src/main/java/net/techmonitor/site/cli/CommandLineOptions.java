package net.techmonitor.site.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line: a command and its options. */
record CommandLineOptions(String command, Path source, Path output, String basePath, int port, boolean help) {

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static CommandLineOptions parse(String[] args) throws UsageException {
        String command = null;
        Path source = Path.of(".");
        Path output = null;
        String basePath = null;
        int port = 8820;
        boolean help = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--source" -> source = Path.of(value(arg, rest));
                case "--output" -> output = Path.of(value(arg, rest));
                case "--base-path" -> basePath = value(arg, rest);
                case "--port" -> {
                    String written = value(arg, rest);
                    if (!written.matches("\\d{1,5}") || Integer.parseInt(written) > 65535) {
                        throw new UsageException("--port takes a port number, not '" + written + "'");
                    }
                    port = Integer.parseInt(written);
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    if (command != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    command = arg;
                }
            }
        }
        return new CommandLineOptions(command, source, output, basePath, port, help);
    }

    private static String value(String option, List<String> rest) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
