package net.techmonitor.site.pipeline;

import net.techmonitor.site.crawl.ContentLoader;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.urls.SlashPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What changed since the site a build may build on: the files saved (absolute, normalised), or everything (a
 * first build, a {@code build} command, a watcher that lost count). A rehearsal pretends its file was saved.
 */
public record SiteChange(Set<Path> saved, boolean everything, boolean rehearsal) {
    public static final SiteChange EVERYTHING = new SiteChange(Set.of(), true, false);

    public SiteChange {
        saved = Set.copyOf(saved);
    }

    /**
     * Whether a build after this change may start from the last built site: only when every saved file is AsciiDoc
     * under {@code content/}. A template, an asset, {@code jbake.properties} or any other file changes what is
     * copied or how every page looks: a whole build's work. So do the PDF editions, made from many documents each.
     */
    boolean canBuildOn(BuiltSite previous, SiteSettings settings) {
        if (previous == null || everything || settings.pdfEditions()) {
            return false;
        }
        Path content = settings.contentFolder().toAbsolutePath().normalize();
        return saved.stream().allMatch(path -> path.startsWith(content) && ContentLoader.isAsciidoc(path) && !Files.isDirectory(path));
    }

    /** In a rehearsal, the saved files as pages name their sources ({@code content/issues/2018-q3/x.adoc}): their pages are rendered even if unchanged. */
    Set<String> rehearsedSources(SiteSettings settings) {
        if (!rehearsal) {
            return Set.of();
        }
        Path root = settings.siteRoot().toAbsolutePath().normalize();
        Set<String> paths = new HashSet<>();
        saved.stream().filter(file -> file.startsWith(root)).forEach(file -> paths.add(SlashPaths.relative(root, file)));
        return paths;
    }
}
