package net.techmonitor.site.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import net.techmonitor.site.problems.ProblemCollector;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Our Freemarker engine for {@code .ftlh} templates, a JBake template engine: the rendering stage
 * ({@link PageRenderer}) calls it through JBake's {@code renderDocument}, with the page's typed inputs in the model
 * ({@link JBakePages}).
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
    private final ProblemCollector problems;
    /** Template errors already reported, by template, line and message: one mistake in the layout is one problem. */
    private final Map<String, Integer> repeats = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param freemarker made by {@link #freemarker}; a preview keeps it between saves, with the templates it parsed
     * @param problems   where this build's template errors go
     */
    public SiteTemplateEngine(JBakeConfiguration config, Configuration freemarker, ProblemCollector problems) {
        // JBake's engines are given its content store; ours reads nothing from it (the page's inputs are in the model).
        super(config, new ContentStore("memory", "techmonitor"));
        this.freemarker = freemarker;
        this.problems = problems;
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
        PageInputs inputs = JBakePages.inputs(model);
        render(templateName, Map.of("site", inputs.frame(), "page", inputs.view(), "meta", inputs.meta(), "head", inputs.head()),
            model.getContent().getUri(), "pages of type '" + model.getContent().getType() + "'", writer);
    }

    /**
     * Renders one of the print templates the PDF editions are made from: it is given {@code site} (the frame) and
     * {@code page} (the print view), and its errors are reported as a page's are.
     *
     * @param uri the output path of the PDF, for the messages
     */
    public String renderPrint(String templateName, Object frame, Object page, String uri) throws RenderingException {
        java.io.StringWriter html = new java.io.StringWriter();
        render(templateName, Map.of("site", frame, "page", page), uri, "PDF editions", html);
        return html.toString();
    }

    private void render(String templateName, Map<String, Object> model, String uri, String usedFor, Writer writer) throws RenderingException {
        String templatePath = "templates/" + templateName;
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (TemplateNotFoundException e) {
            problems.add("render", templatePath, 0, "missing template (expected " + templatePath + " for " + usedFor + ")");
            throw new RenderingException(e.getMessage());
        } catch (freemarker.core.ParseException e) {
            syntaxError(e, problems);
            throw new RenderingException(e.getMessage());
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = oneLine(e.getMessageWithoutStackTop());
            if (repeats.merge(source + ":" + line + ":" + message, 1, Integer::sum) == 1) {
                problems.add("render", "templates/" + source, line,
                    "template error while rendering " + uri + " (and maybe other pages): " + message);
            }
            throw new RenderingException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof freemarker.core.ParseException parse) {
                // Freemarker's cache answers a template that failed to parse with "an error on an earlier attempt".
                syntaxError(parse, problems);
                throw new RenderingException(parse.getMessage());
            }
            problems.add("render", templatePath, 0, "cannot render " + uri + ": " + e);
            throw new RenderingException(e.getMessage());
        }
    }

    /**
     * Parses every template of the folder once, before any page is rendered, and reports each syntax error at its
     * template and line. Without it, an error in the layout surfaced as "importing failed" on every template that
     * imports it, and never at its own line. The templates stay parsed in {@code freemarker}'s cache for rendering.
     */
    public static void checkSyntax(Configuration freemarker, java.nio.file.Path templateFolder, ProblemCollector problems) {
        if (!java.nio.file.Files.isDirectory(templateFolder)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(templateFolder)) {
            for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".ftlh")).sorted().toList()) {
                String name = templateFolder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                try {
                    freemarker.getTemplate(name);
                } catch (freemarker.core.ParseException e) {
                    syntaxError(e, problems);
                } catch (IOException e) {
                    if (e.getCause() instanceof freemarker.core.ParseException parse) {
                        syntaxError(parse, problems);
                    } else {
                        problems.add("render", "templates/" + name, 0, "cannot read the template: " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            problems.add("render", "templates/", 0, "cannot list the templates: " + e.getMessage());
        }
    }

    private static void syntaxError(freemarker.core.ParseException e, ProblemCollector problems) {
        problems.add("render", "templates/" + e.getTemplateName(), e.getLineNumber(),
            "template syntax error: " + oneLine(e.getEditorMessage()) + " (column " + e.getColumnNumber() + ")");
    }

    /**
     * Freemarker's message as one line: its lines up to its first blank line or tip ("----"), joined, so that a list
     * of expected patterns or the expression that was missing is not cut off after the first line.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder line = new StringBuilder();
        for (String part : message.strip().split("\\R")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("----")) {
                break;
            }
            if (trimmed.startsWith("==> ")) {
                trimmed = trimmed.substring("==> ".length());
            }
            if (!line.isEmpty()) {
                line.append(line.charAt(line.length() - 1) == ':' ? " " : "; ");
            }
            line.append(trimmed.replaceAll("\\s+", " "));
        }
        // Freemarker's pointer to its online manual: the message stays about the template.
        return line.toString().replaceAll("\\.? ?Help \\(latest version\\): \\S+; you're using FreeMarker [0-9.]+\\.", ".");
    }
}
