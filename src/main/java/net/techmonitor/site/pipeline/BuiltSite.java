package net.techmonitor.site.pipeline;

import freemarker.template.Configuration;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.render.PageInputs;
import net.techmonitor.site.source.LoadedDocument;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a successful build left in the output, kept by a preview so that the next save's build does only what the
 * save changed: the documents the site was made from, each page's inputs and every site file by output path, the
 * link check's reading of the output, the file plan, the templates as Freemarker parsed them, and JBake's
 * configuration (a save of {@code jbake.properties} or a template is a whole build's work, so both stay valid).
 *
 * @param planMemory     what the file plan keeps for the next (what each body refers to, the other files listed)
 * @param readings       what the catalog read from each document, for the next catalog (by identity too)
 */
public record BuiltSite(List<LoadedDocument> documents, Map<String, PageInputs> pages, Map<String, String> files,
                        LinkChecker.SiteLinks links, FilePlan plan, FilePlanner.Memory planMemory,
                        Map<LoadedDocument, CatalogBuilder.Reading> readings,
                        Configuration templates, org.jbake.app.configuration.JBakeConfiguration jbake) {

    /** Every document by its file, for the next read to give back the very object of a document read again unchanged. */
    Map<Path, LoadedDocument> documentsByFile() {
        Map<Path, LoadedDocument> byFile = new HashMap<>();
        documents.forEach(document -> byFile.put(document.file(), document));
        return byFile;
    }

    /**
     * The documents no saved file can have changed: none was saved in the document's folder or below, where its
     * includes are jailed. The rest are read again (and, if their text changed, converted).
     */
    Map<Path, LoadedDocument> unchangedBy(Set<Path> saved) {
        Map<Path, LoadedDocument> unchanged = new HashMap<>();
        for (LoadedDocument document : documents) {
            Path folder = document.file().toAbsolutePath().normalize().getParent();
            if (saved.stream().noneMatch(path -> path.startsWith(folder))) {
                unchanged.put(document.file(), document);
            }
        }
        return unchanged;
    }

    int pageCount() {
        return links.pageCount();
    }
}
