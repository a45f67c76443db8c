package net.techmonitor.site.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Our Freemarker engine for {@code .ftlh} templates, registered with JBake through
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 *
 * <p>Why not JBake's own Freemarker engine: it does not escape (a title with {@code <} or {@code "} breaks the
 * page or its attributes), it exposes the whole database to templates, and it predates records. Here every
 * {@code ${...}} is HTML-escaped unless a template says {@code ?no_esc} (only for converted AsciiDoc bodies and
 * the pre-escaped JSON-LD), records are read as {@code page.title}, and a template receives exactly four values:
 * {@code site} (the frame), {@code page} (its view model), {@code meta} (title, description, URL) and
 * {@code head} (canonical URL, metadata tags, JSON-LD, feeds).</p>
 */
public final class SiteTemplateEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;
    /** Template errors already reported, by template, line and message: one mistake in the layout is one problem. */
    private final Map<String, Integer> repeats = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = freemarker(config.getTemplateFolder());
    }

    /** Freemarker as this engine sets it up, reading templates from this folder. */
    public static Configuration freemarker(java.io.File templateFolder) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_33);
        try {
            freemarker.setDirectoryForTemplateLoading(templateFolder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates from " + templateFolder, e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setLocale(Locale.ENGLISH);
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        return freemarker;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        SiteModel site = ((CatalogContentStore) db).site();
        DocumentModel content = model.getContent();
        PageKind kind = PageKind.ofType(content.getType());
        String templatePath = "templates/" + templateName;
        try {
            PageInputs inputs = PageInputs.of(site, (PageSubject) content.get(PageDocuments.SUBJECT_KEY));
            Template template = freemarker.getTemplate(templateName);
            template.process(Map.of("site", inputs.frame(), "page", inputs.view(), "meta", inputs.meta(), "head", inputs.head()), writer);
        } catch (TemplateNotFoundException e) {
            site.problems().add("render", templatePath, 0, "missing template (expected " + templatePath + " for pages of type '"
                + kind.type() + "')");
            throw new RenderingException(e.getMessage());
        } catch (freemarker.core.ParseException e) {
            site.problems().add("render", "templates/" + e.getTemplateName(), e.getLineNumber(), "template syntax error: " + firstLine(e.getEditorMessage()));
            throw new RenderingException(e.getMessage());
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = firstLine(e.getMessageWithoutStackTop());
            if (repeats.merge(source + ":" + line + ":" + message, 1, Integer::sum) == 1) {
                site.problems().add("render", "templates/" + source, line,
                    "template error while rendering " + content.getUri() + " (and maybe other pages): " + message);
            }
            throw new RenderingException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            site.problems().add("render", templatePath, 0, "cannot render " + content.getUri() + ": " + e);
            throw new RenderingException(e.getMessage());
        }
    }

    /**
     * Renders one page to text instead of a file, as JBake's {@code Renderer} would write it: a preview renders the
     * changed pages first and writes them only when the whole rebuild succeeded.
     */
    public String render(PageSpec page) throws RenderingException {
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        model.setContent(PageDocuments.of(page, page.sourcePath(), null));
        java.io.StringWriter text = new java.io.StringWriter();
        renderDocument(model, page.kind().template(), text);
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
