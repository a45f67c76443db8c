package net.techmonitor.site.render;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.util.Date;

/** Builds the JBake document that stands for one page: its type, output path and its subject. */
public final class PageDocuments {
    /** Document-model key under which the page's {@link PageSubject} travels through JBake to our template engine. */
    public static final String SUBJECT_KEY = "techmonitor_subject";

    private PageDocuments() {
    }

    public static DocumentModel of(PageSpec spec, String sourcePath, String title) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(spec.kind().type());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(spec.path().outputPath());
        document.setNoExtensionUri(spec.path().url());
        document.setSourceUri(spec.path().outputPath());
        document.setRootPath("");
        document.setTitle(title == null ? "" : title);
        document.setFile(sourcePath == null ? "" : sourcePath);
        document.setSha1("");
        document.setRendered(false);
        document.setCached(true);
        // A fixed date: pages carry their own dates in the view model, and output must not depend on the clock.
        document.setDate(new Date(0));
        document.put(SUBJECT_KEY, spec.subject());
        return document;
    }
}
