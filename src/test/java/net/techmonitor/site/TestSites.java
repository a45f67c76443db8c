package net.techmonitor.site;

import net.techmonitor.site.cli.CommandLineRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Builds fixture sites the way an editor does, through the command line, and reads the pages back. */
public final class TestSites {
    private TestSites() {
    }

    /** The repository (Maven runs tests from the project folder). */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * Copies {@code src/test/resources/sites/<name>} into {@code into}, with the repository's own templates and
     * assets unless the fixture brings its own, and returns the site folder.
     */
    public static Path fixture(String name, Path into) {
        Path site = into.resolve("site");
        copyTree(repository().resolve("src/test/resources/sites").resolve(name), site);
        addRepositoryTemplatesAndAssets(site);
        return site;
    }

    public static void addRepositoryTemplatesAndAssets(Path site) {
        if (!Files.exists(site.resolve("templates"))) {
            copyTree(repository().resolve("templates"), site.resolve("templates"));
        }
        if (!Files.exists(site.resolve("assets"))) {
            copyTree(repository().resolve("assets"), site.resolve("assets"));
        }
    }

    /** What one run of the command line did. */
    public record Run(int exitCode, String out, String err, Path output) {
        public Document page(String path) {
            Path file = output.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            try {
                return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/");
            } catch (IOException e) {
                throw new UncheckedIOException("no page " + file, e);
            }
        }

        public List<String> errorLines() {
            return err.lines().toList();
        }
    }

    public static Run build(Path site, Path output, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.toString(), "--output", output.toString()));
        args.addAll(List.of(options));
        return run(args, output);
    }

    /** {@code check --source site}: its output is thrown away, so the run's output is the build's default one. */
    public static Run check(Path site) {
        return run(List.of("check", "--source", site.toString()), site.resolve("target/site"));
    }

    private static Run run(List<String> args, Path output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineRunner.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), published(output));
    }

    /**
     * The folder a published output holds its site in: the output is a link to a versioned folder, and walks of the
     * output must see its files, not the link.
     */
    public static Path published(Path output) {
        try {
            return Files.exists(output) ? output.toRealPath() : output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file under {@code root}, by its path relative to it, with its bytes: for comparing two outputs. An output
     * path is a link to its current version folder (see SitePublisher), so the folder it leads to is read.
     */
    public static java.util.Map<String, byte[]> files(Path given) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        Path root;
        try {
            root = given.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + given, e);
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return files;
    }

    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
