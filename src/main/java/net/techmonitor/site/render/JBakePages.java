package net.techmonitor.site.render;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.model.TemplateModel;

import java.util.Date;

/**
 * The one crossing between our typed pages and JBake's template-engine contract, whose models are maps of
 * {@code Object}: a page's {@link PageInputs} go into the document model under one key and come out, with the one
 * cast of this boundary, in our engine.
 */
final class JBakePages {
    private static final String INPUTS = "techmonitor_inputs";

    private JBakePages() {
    }

    /** The model JBake's {@code renderDocument} is given for this page: its type, output path and inputs. */
    static TemplateModel model(PageSpec page, PageInputs inputs) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.kind().type());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(page.path().outputPath());
        document.setNoExtensionUri(page.path().url());
        document.setSourceUri(page.path().outputPath());
        document.setFile(page.sourcePath() == null ? "" : page.sourcePath());
        // A fixed date: pages carry their own dates in the view model, and output must not depend on the clock.
        document.setDate(new Date(0));
        document.put(INPUTS, inputs);
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        return model;
    }

    static PageInputs inputs(TemplateModel model) {
        Object inputs = model.getContent().get(INPUTS);
        if (!(inputs instanceof PageInputs typed)) {
            throw new IllegalArgumentException("not a page of this site: " + model.getContent().getUri());
        }
        return typed;
    }
}
