package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.cache.FileDigests;
import net.techmonitor.site.cache.GeneratorFingerprint;
import net.techmonitor.site.crawl.ContentLoader;
import net.techmonitor.site.crawl.ConversionDigest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether {@code build} has anything to do, as {@code make} and Gradle ask before they work. After each successful
 * build a manifest in the build cache records a SHA-256 of everything the site is made from (every file under
 * {@code content/}, {@code templates/} and {@code assets/}, {@code jbake.properties}, the generator's own code and
 * the settings given on the command line) and the size and modification time of every file the build wrote. The
 * next build is skipped only when the inputs hash to the same value and the output still holds exactly those
 * files, untouched; anything else (an edit, a new generator, a deleted or edited page in the output) builds again.
 * The inputs are hashed by content, not by date, so a checkout that only touches dates builds nothing (a file whose
 * size, times and inode are as recorded is not hashed again: {@link FileDigests}). Beside the manifest it keeps the
 * state a next build builds on ({@link BuildState}), and tells whether a content file was edited.
 */
public final class UpToDateCheck {
    private static final String FORMAT = "techmonitor-build-manifest 3";

    private final SiteSettings settings;
    /** Each input file's digest, not computed again for a file whose attributes are as recorded. */
    private final FileDigests digests;
    private final Path manifest;
    /** Beside the manifest: the state the last build left for the next to build on ({@link BuildState}). */
    private final Path stateFile;

    /** What the last build left, when the site is up to date: its pages and the notices it printed. */
    public record LastBuild(int pages, List<String> notices) {
    }

    public UpToDateCheck(SiteSettings settings) {
        this.settings = settings;
        this.digests = FileDigests.open(settings.cacheFolder(), settings.cache());
        GeneratorFingerprint.knownBy(digests);
        // One cache serves every output built from the source (target/site, a --output elsewhere): each output
        // has its own record, named by its folder and, so that two outputs named alike do not share one, its path.
        Path output = settings.output().toAbsolutePath().normalize();
        String path = ContentKey.of("output").with(output.toString()).hex().substring(0, 12);
        this.manifest = settings.cacheFolder().resolve("last-build-" + output.getFileName() + "-" + path + ".manifest");
        this.stateFile = settings.cacheFolder().resolve("last-build-" + output.getFileName() + "-" + path + ".state");
    }

    /** Whether a last build is recorded and its output is there: only then can a build be up to date. */
    public boolean hasRecord() {
        return Files.isRegularFile(manifest) && Files.isDirectory(settings.output());
    }

    /**
     * The hashes of what the site is made from: of everything ({@link #upToDate} compares it), and of everything but the
     * content's AsciiDoc files, the frame a next build may build on ({@link BuildState#frame}); and whether a content
     * file is new or was edited in what its conversion reads ({@link ConversionDigest}), so that Asciidoctor is needed.
     */
    public record Inputs(String all, String frame, boolean asciidocEdited) {
    }

    /** The hashes of everything the site is made from, every file read now. */
    public Inputs inputs() throws IOException {
        return inputs(java.util.Map.of(), true);
    }

    /**
     * The hashes of what the site is made from. Each file counts by its path and {@link ContentKey#ofFile} digest;
     * digests already known (by absolute, normalised path) are not computed again, so a build that hashed the content
     * as it read it does not read it twice.
     *
     * @param withContent false for the frame alone: the content's AsciiDoc files are not read (the build reads them)
     */
    private Inputs inputs(java.util.Map<Path, String> known, boolean withContent) throws IOException {
        ContentKey all = settingsKey("site inputs");
        ContentKey frame = settingsKey("site frame");
        Path root = settings.siteRoot();
        Path content = settings.contentFolder().toAbsolutePath().normalize();
        boolean asciidocEdited = false;
        for (Path folder : List.of(settings.contentFolder(), settings.templateFolder(), settings.assetFolder())) {
            all.with(root.relativize(folder).toString());
            frame.with(root.relativize(folder).toString());
            for (Path file : filesUnder(folder)) {
                Path absolute = file.toAbsolutePath().normalize();
                boolean framed = !(absolute.startsWith(content) && ContentLoader.isAsciidoc(file));
                if (!framed && !withContent) {
                    continue;
                }
                String digest = known.get(absolute);
                if (digest == null) {
                    FileDigests.Stamp stamp = FileDigests.stamp(file);
                    digest = digests.known(file, stamp);
                    if (digest == null) {
                        byte[] bytes = Files.readAllBytes(file);
                        String before = framed ? null : digests.lastDerived(file);
                        String beforeDigest = framed ? null : digests.lastDigest(file);
                        digest = digests.of(file, bytes, stamp);
                        // The same bytes with new attributes (a fresh checkout) are no edit.
                        if (!framed && !digest.equals(beforeDigest)) {
                            // Edited so that its body converts again (not only its metadata): Asciidoctor is needed.
                            java.util.Optional<String> now = ConversionDigest.ofFile(bytes, settings.limits());
                            asciidocEdited |= now.isEmpty() || !now.get().equals(before);
                            String fileDigest = digest;
                            now.ifPresent(derived -> digests.derived(file, fileDigest, () -> derived));
                        }
                    }
                }
                all.with(folder.relativize(file).toString()).with(digest);
                if (framed) {
                    frame.with(folder.relativize(file).toString()).with(digest);
                }
            }
        }
        Path properties = root.resolve("jbake.properties");
        byte[] propertyBytes = Files.isRegularFile(properties) ? Files.readAllBytes(properties) : new byte[0];
        all.with(propertyBytes);
        frame.with(propertyBytes);
        return new Inputs(withContent ? all.hex() : null, frame.hex(), asciidocEdited);
    }

    private ContentKey settingsKey(String purpose) {
        return ContentKey.of(purpose).with(GeneratorFingerprint.value())
            .with(settings.output().toAbsolutePath().normalize().toString()).with(settings.basePath()).with(settings.origin())
            .with(String.valueOf(settings.pdfEditions())).with(String.valueOf(settings.includeDrafts()));
    }

    /**
     * For a build with no record to compare against: the digests of every input file but the content's AsciiDoc
     * files, which the build hashes as it reads them, and the frame they make. Taken before the build, so that they
     * are of what it then uses.
     */
    public BeforeBuild digestsBeforeBuild() throws IOException {
        Path content = settings.contentFolder().toAbsolutePath().normalize();
        java.util.Map<Path, String> known = new java.util.HashMap<>();
        for (Path folder : List.of(settings.contentFolder(), settings.templateFolder(), settings.assetFolder())) {
            for (Path file : filesUnder(folder)) {
                Path absolute = file.toAbsolutePath().normalize();
                if (!(absolute.startsWith(content) && ContentLoader.isAsciidoc(file))) {
                    known.put(absolute, digests.of(file));
                }
            }
        }
        return new BeforeBuild(known, inputs(known, false).frame());
    }

    /**
     * Whether an AsciiDoc file of {@code content/} is not, by its attributes, one a build hashed: new or edited, and so
     * most likely to be converted (what {@link Inputs#asciidocEdited} says of the files {@link #inputs} hashed).
     */
    public boolean asciidocEdited() throws IOException {
        for (Path file : filesUnder(settings.contentFolder())) {
            if (ContentLoader.isAsciidoc(file) && !digests.unchanged(file)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps what was learnt of the input files' digests (a build that was up to date records nothing else). */
    public void keepFileDigests() throws IOException {
        digests.saveIfChanged();
    }

    /** What {@link #digestsBeforeBuild} found: each file's digest by absolute path, and the frame's hash. */
    public record BeforeBuild(java.util.Map<Path, String> digests, String frame) {
    }

    /** The inputs' hash after such a build: the digests taken before it, and those of the files it read. */
    public String inputsAfterBuild(java.util.Map<Path, String> beforeBuild, java.util.Map<Path, String> readByBuild) throws IOException {
        java.util.Map<Path, String> known = new java.util.HashMap<>(beforeBuild);
        known.putAll(readByBuild);
        return inputs(known, true).all();
    }

    /** The last build, if its inputs were these and its output is still exactly as it wrote it. */
    public Optional<LastBuild> upToDate(String inputs) throws IOException {
        if (!hasRecord()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals("inputs " + inputs)) {
            return Optional.empty();
        }
        List<String> recorded = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("notice ")) {
                notices.add(line.substring("notice ".length()));
            } else {
                recorded.add(line);
            }
        }
        if (!recorded.equals(outputListing())) {
            return Optional.empty();
        }
        int pages = (int) recorded.stream().filter(line -> line.endsWith(".html")).count();
        return Optional.of(new LastBuild(pages, notices));
    }

    /** Records a successful build: the inputs it was made from, the notices it printed, and what it wrote. */
    public void record(String inputs, List<String> notices) throws IOException {
        record(inputs, notices, null);
    }

    /**
     * Records a successful build, and keeps its state for the next build to build on (or, given none, forgets the
     * last one kept): both name the output's listing as the build left it, read once.
     */
    public void record(String inputs, List<String> notices, BuildState state) throws IOException {
        List<String> listing = outputListing();
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append("inputs ").append(inputs).append('\n');
        notices.forEach(notice -> text.append("notice ").append(notice.replace('\n', ' ')).append('\n'));
        listing.forEach(line -> text.append(line).append('\n'));
        CacheFiles.writeWhole(manifest, text.toString().getBytes(StandardCharsets.UTF_8));
        digests.save();
        if (state != null) {
            BuildStateFile.write(stateFile, state.withListing(listingDigest(listing)));
        } else {
            Files.deleteIfExists(stateFile);
        }
    }

    /**
     * The state the last build kept, if it was kept for a build of this frame (the same generator, settings, templates,
     * assets and other files): whether the output is still as it left it is checked by the build that builds on it,
     * when it holds the output's lock ({@link StagingDraft#seed}).
     */
    public Optional<BuildState> lastState(String frame) {
        return BuildStateFile.read(stateFile).filter(state -> state.frame().equals(frame));
    }

    /** A digest of an output's listing ({@link #listingLine} of every file, in path order). */
    static String listingDigest(List<String> listing) {
        ContentKey key = ContentKey.of("output listing");
        listing.forEach(key::with);
        return key.hex();
    }

    /** One file of an output's listing: its size, modification time and path; "other" and its path for anything but a file. */
    static String listingLine(String path, java.nio.file.attribute.BasicFileAttributes attributes) {
        return attributes.isRegularFile()
            ? "file " + attributes.size() + " " + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + path
            : "other " + path;
    }

    /** The path of a file under a folder, with '/': cut from the file's name (a relativize for each of thousands cost more). */
    static String relativeTo(String folder, Path file) {
        String name = file.toString();
        String relative = name.startsWith(folder) && name.length() > folder.length() + 1 ? name.substring(folder.length() + 1)
            : Path.of(folder).relativize(file).toString();
        return java.io.File.separatorChar == '/' ? relative : relative.replace(java.io.File.separatorChar, '/');
    }

    /** Forgets the last build (after a failed one, say), so that the next build cannot be skipped. */
    public void forget() throws IOException {
        Files.deleteIfExists(manifest);
    }

    /**
     * One line per file of the output: size, modification time and path, sorted. The walk's own reading of each
     * file's attributes gives both: asking for the size and the time of each of the output's thousands of files
     * again cost most of the time a build spends recording itself.
     */
    private List<String> outputListing() throws IOException {
        // By each file's path in the output, as text: sorting thousands of Paths cost more than listing them.
        java.util.SortedMap<String, String> listing = new java.util.TreeMap<>();
        if (Files.isDirectory(settings.output())) {
            // The output path is a link to the folder of the current version (see SitePublisher): list that folder.
            Path output = settings.output().toRealPath();
            String folder = output.toString();
            Files.walkFileTree(output, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    // Links are not followed: one put into the output is listed as what it is, not as the file it
                    // points to, and the build never writes one, so the output no longer matches its record.
                    String path = relativeTo(folder, file);
                    listing.put(path, listingLine(path, attributes));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
        return new ArrayList<>(listing.values());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(java.util.Comparator.comparing(Path::toString)).toList();
        }
    }
}
