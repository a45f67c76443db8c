package net.techmonitor.site.pipeline;

import net.techmonitor.site.catalog.Cover;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.convert.RawHtmlPolicy;
import net.techmonitor.site.convert.SvgFileCheck;
import net.techmonitor.site.crawl.ContentLoader;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Decides the {@link FilePlan}: which files of {@code assets/} and {@code content/} a build copies, from what the
 * published documents' bodies refer to. A file beside a draft that no published document refers to, an include
 * partial, an AsciiDoc file, a hidden file or a file nothing refers to is not copied; so a draft's embargoed chart
 * stays unpublished by construction, not by a rule about drafts. A document may refer to files in its own folder or
 * below, the folder its includes are jailed to. Two sources for one output path are a problem naming both.
 */
final class FilePlanner {
    private static final String STAGE = "files";

    private final SiteSettings settings;
    private final String basePath;
    private final ProblemCollector problems;
    private final Memory memory;

    FilePlanner(SiteSettings settings, String basePath, ProblemCollector problems) {
        this(settings, basePath, problems, new Memory());
    }

    /**
     * What a plan keeps for the next plan of the same preview. A preview builds on its last build only when every
     * file saved since is an AsciiDoc file of {@code content/} (any other save is a whole build, with a new memory), so
     * the other files of {@code assets/} and {@code content/} are those the last plan listed and checked: listing
     * and checking them again on every save was most of a save's plan.
     */
    static final class Memory {
        /** What each document's body refers to, by document (an unchanged document is the same object). */
        private final Map<LoadedDocument, List<String>> referencesRead = new java.util.IdentityHashMap<>();
        private List<Path> assets;
        private List<Path> contentFiles;
        /** The SVG files found safe, which only a whole build (a new memory) can have changed. */
        private final java.util.Set<Path> safeSvgs = new java.util.HashSet<>();

        /** What a document's body refers to, known from elsewhere (a build state): the plan does not read the body again. */
        void remember(LoadedDocument document, List<String> references) {
            referencesRead.put(document, List.copyOf(references));
        }

        /** What the last plan read (or was given) of this document's body; none for a draft or a document it did not plan. */
        List<String> references(LoadedDocument document) {
            return referencesRead.getOrDefault(document, List.of());
        }
    }

    /** @param memory what the last plan of this preview kept: a new one for a whole build */
    FilePlanner(SiteSettings settings, String basePath, ProblemCollector problems, Memory memory) {
        this.settings = settings;
        this.basePath = basePath;
        this.problems = problems;
        this.memory = memory;
    }

    /** @param issues the catalog's issues, whose covers are published with the copies of them in other sizes */
    FilePlan plan(List<LoadedDocument> documents, List<Issue> issues) {
        if (memory.assets == null) {
            memory.assets = files(settings.assetFolder());
            memory.contentFiles = files(settings.contentFolder()).stream().filter(file -> !ContentLoader.isAsciidoc(file)).toList();
        }
        Map<String, FilePlan.CopiedFile> byOutput = new TreeMap<>();
        for (Path asset : memory.assets) {
            String outputPath = SlashPaths.relative(settings.assetFolder(), asset);
            byOutput.put(outputPath, new FilePlan.CopiedFile(asset, SlashPaths.relative(settings.siteRoot(), asset), outputPath,
                FilePlan.Reason.ASSET, null));
        }
        List<Path> contentFiles = memory.contentFiles;
        boolean safe = settings.rawHtml() == RawHtmlPolicy.SAFE;
        for (Path file : contentFiles) {
            String sitePath = SlashPaths.relative(settings.siteRoot(), file);
            String outputPath = SlashPaths.relative(settings.contentFolder(), file);
            if (safe && ContentFileTypes.isActive(file.getFileName().toString())) {
                problems.add(STAGE, sitePath, 0, "." + ContentFileTypes.extension(file.getFileName().toString())
                    + " file in content/ (expected no page or script files: under content.raw-html=safe a browser would run it on the"
                    + " site's own origin; pictures, PDFs and other downloads may sit beside a document)");
            }
            FilePlan.CopiedFile asset = byOutput.get(outputPath);
            if (asset != null && !isPartialOrHidden(outputPath)) {
                problems.add(STAGE, sitePath, 0, "would be published as " + outputPath + ", which " + asset.sitePath()
                    + " already writes (expected one source for each file of the site; rename or move one of them)");
            }
        }
        Map<LoadedDocument, List<String>> referencesRead = memory.referencesRead;
        Map<LoadedDocument, List<String>> read = new java.util.IdentityHashMap<>();
        for (LoadedDocument document : documents) {
            if (document.published() && document.bodyHtml() != null) {
                List<String> references = referencesRead.get(document);
                read.put(document, references != null ? references : PageLinkScanner.scan(document.bodyHtml()).references());
                planReferences(document, read.get(document), byOutput, safe);
            }
        }
        List<FilePlan.ResizedCover> covers = new ArrayList<>();
        planCovers(issues, byOutput, covers);
        // Only the documents of this plan are kept: a document a save replaced is not read again by the next plan.
        referencesRead.keySet().retainAll(read.keySet());
        referencesRead.putAll(read);
        Map<String, String> notCopied = new TreeMap<>();
        for (Path file : contentFiles) {
            String outputPath = SlashPaths.relative(settings.contentFolder(), file);
            FilePlan.CopiedFile planned = byOutput.get(outputPath);
            if (!isPartialOrHidden(outputPath) && (planned == null || !planned.source().equals(file))) {
                notCopied.put(outputPath, SlashPaths.relative(settings.siteRoot(), file));
            }
        }
        if (safe) {
            // With the plan's other problems, so that every problem of a run is reported at once.
            byOutput.values().stream().filter(file -> ContentFileTypes.isSvg(file.source().getFileName().toString()))
                .filter(file -> !memory.safeSvgs.contains(file.source()))
                .forEach(this::checkSvg);
        }
        return new FilePlan(List.copyOf(byOutput.values()), java.util.Collections.unmodifiableMap(notCopied), List.copyOf(covers));
    }

    private void planReferences(LoadedDocument document, List<String> references, Map<String, FilePlan.CopiedFile> byOutput,
                                boolean safe) {
        Path folder = document.file().toAbsolutePath().normalize().getParent();
        Path content = settings.contentFolder().toAbsolutePath().normalize();
        for (String reference : references) {
            String outputPath = localPath(reference);
            if (outputPath == null || byOutput.containsKey(outputPath) && byOutput.get(outputPath).reason() == FilePlan.Reason.REFERENCED) {
                continue;
            }
            Path file = content.resolve(outputPath).normalize();
            if (!file.startsWith(content) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || ContentLoader.isAsciidoc(file)) {
                continue; // a page, a generated file, or nothing: the link check judges it
            }
            String sitePath = SlashPaths.relative(settings.siteRoot(), file);
            String fileName = file.getFileName().toString();
            if (!file.startsWith(folder)) {
                problems.add(STAGE, document.sitePath(), 0, "refers to " + sitePath + ", outside this file's folder (expected files in"
                    + " the same folder or below, as for include::; copy the file beside this one)");
            } else if (isPartialOrHidden(outputPath)) {
                problems.add(STAGE, document.sitePath(), 0, "refers to " + sitePath + ", which is never published (expected a file whose"
                    + " name and folders do not start with '_' or '.': those are include partials and hidden files)");
            } else if (safe && !ContentFileTypes.isPublishable(fileName) && !ContentFileTypes.isActive(fileName)) {
                problems.add(STAGE, document.sitePath(), 0, "refers to " + sitePath + ", a ." + ContentFileTypes.extension(fileName)
                    + " file, which content.raw-html=safe does not publish (expected one of: " + ContentFileTypes.publishedList() + ")");
            } else if (byOutput.containsKey(outputPath)) {
                continue; // the asset already named as a second source of this path
            } else if (!(safe && ContentFileTypes.isActive(fileName))) {
                byOutput.put(outputPath, new FilePlan.CopiedFile(file, sitePath, outputPath, FilePlan.Reason.REFERENCED, document.sitePath()));
            }
        }
    }

    /**
     * An issue's {@code :cover:} is a reference too: the issue shows it on its page, the archive and the home page. The
     * catalog has checked it (a file beside the issue, an image, not too large); here it is planned, with the copies
     * of it in other sizes that the pages offer ({@link Cover#resized()}).
     */
    private void planCovers(List<Issue> issues, Map<String, FilePlan.CopiedFile> byOutput, List<FilePlan.ResizedCover> covers) {
        for (Issue issue : issues) {
            Cover cover = issue.cover();
            if (cover == null) {
                continue;
            }
            Path file = settings.contentFolder().resolve(cover.path());
            String sitePath = SlashPaths.relative(settings.siteRoot(), file);
            if (!byOutput.containsKey(cover.path())) {
                byOutput.put(cover.path(), new FilePlan.CopiedFile(file, sitePath, cover.path(), FilePlan.Reason.REFERENCED,
                    issue.source().path()));
            }
            if (cover.raster()) {
                covers.add(new FilePlan.ResizedCover(file, sitePath, issue.source().path(), cover.line(), cover.resized()));
            }
        }
    }

    private void checkSvg(FilePlan.CopiedFile file) {
        try {
            List<net.techmonitor.site.problems.Problem> found = SvgFileCheck.check(file.sitePath(), Files.readAllBytes(file.source()));
            found.forEach(problems::add);
            if (found.isEmpty()) {
                memory.safeSvgs.add(file.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.source(), e);
        }
    }

    /** The output path a body's reference names under the base path, decoded once; null for anything not of this site. */
    private String localPath(String reference) {
        if (!reference.startsWith(basePath) || reference.startsWith("//")) {
            return null;
        }
        String path;
        try {
            path = new URI(reference).getRawPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || !path.startsWith(basePath) || path.endsWith("/")) {
            return null;
        }
        return SlashPaths.decodedUrlPath(path.substring(basePath.length()));
    }

    private static boolean isPartialOrHidden(String outputPath) {
        for (String part : outputPath.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The plain files of a folder, sorted; hidden ones (a '.' name or folder) left out. */
    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(path -> {
                String relative = SlashPaths.relative(folder, path);
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    files.add(path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }
}
