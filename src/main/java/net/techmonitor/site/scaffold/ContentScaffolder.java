package net.techmonitor.site.scaffold;

import net.techmonitor.site.catalog.ActivityRole;
import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.catalog.WrittenForm;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.reference.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Creates new content files in the right folder with every attribute of docs/content-format.md: filled from the
 * options given, or left empty under a comment saying what goes there. It never overwrites a file.
 */
public final class ContentScaffolder {
    private static final int MAX_SLUG_LENGTH = 60;

    private final Path content;

    public ContentScaffolder(Path siteRoot) {
        this.content = siteRoot.resolve("content");
    }

    /** An option value an editor gave that cannot be used; the message says what was expected. */
    public static final class ScaffoldException extends Exception {
        private final boolean wrongCommandLine;

        /** The content folder refuses the request (the file exists, the issue does not). */
        public ScaffoldException(String message) {
            this(message, false);
        }

        private ScaffoldException(String message, boolean wrongCommandLine) {
            super(message);
            this.wrongCommandLine = wrongCommandLine;
        }

        /** A required option is missing or a value has the wrong form: the command line alone is at fault. */
        static ScaffoldException wrongOption(String message) {
            return new ScaffoldException(message, true);
        }

        /** Whether the command line alone is at fault, whatever the content folder holds. */
        public boolean wrongCommandLine() {
            return wrongCommandLine;
        }
    }

    /** @param options the {@code new article} options: title (required), issue (required), authors, description, themes, countries, date */
    public NewContent article(Map<String, String> given) throws ScaffoldException, OptionValueCheck.RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the article's title");
        IssueId issue = IssueId.parse(require(options, "issue", "the issue id, e.g. 2018-q3"))
            .orElseThrow(() -> ScaffoldException.wrongOption("--issue '" + options.get("issue") + "' is not an issue id (expected YYYY-qN, e.g. 2018-q3)"));
        Path issueFile = content.resolve("issues").resolve(issue.toString()).resolve("index.adoc");
        if (!Files.isRegularFile(issueFile)) {
            throw new ScaffoldException("there is no issue " + issue + " (expected " + content.getFileName() + "/issues/" + issue
                + "/index.adoc; create it first with: new issue --id " + issue + " --title \"...\")");
        }
        Header header = new Header(title);
        header.authorLine(options.get("authors"), "the authors, separated by ';'");
        header.fixed("jbake-type", "article");
        header.field("jbake-date", options.getOrDefault("date", LocalDate.now().toString()), "the date, YYYY-MM-DD");
        header.field("themes", options.getOrDefault("themes", themesOf(issueFile)), "theme ids, e.g. financing-innovation");
        header.optional("countries", options.get("countries"), "the countries the article is about, comma-separated");
        header.field("description", options.get("description"), "one or two sentences for listings, feeds and search");
        return write(content.resolve("issues").resolve(issue.toString()), slug(title), header,
            "Write the article here. Images and PDFs go beside this file.");
    }

    /** @param options title (required), id (required), themes */
    public NewContent issue(Map<String, String> given) throws ScaffoldException, OptionValueCheck.RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the issue's special theme");
        IssueId id = IssueId.parse(require(options, "id", "the issue id, e.g. 2019-q1"))
            .orElseThrow(() -> ScaffoldException.wrongOption("--id '" + options.get("id") + "' is not an issue id (expected YYYY-qN, e.g. 2019-q1)"));
        LocalDate first = LocalDate.of(id.year(), id.firstMonth(), 1);
        Header header = new Header(title);
        header.fixed("jbake-type", "issue");
        header.field("jbake-date", first.toString(), "the date, YYYY-MM-DD");
        header.field("period", monthName(first) + "\u2013" + monthName(first.plusMonths(2)) + " " + id.year(), "the cover period as printed");
        header.field("themes", options.get("themes"), "theme ids, e.g. financing-innovation");
        header.comment("Optional: :issue-status: in-press, :volume: and :number:.");
        return write(content.resolve("issues").resolve(id.toString()), "index", header,
            "The editorial introduction goes here.");
    }

    /** @param options title and start-date (required), end-date, city, country, programme, role, partners, participants, countries, themes */
    public NewContent activity(Map<String, String> given) throws ScaffoldException, OptionValueCheck.RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the activity's title");
        String start = require(options, "start-date", "the first day, YYYY-MM-DD (it decides the year folder)");
        LocalDate startDate;
        try {
            startDate = LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw ScaffoldException.wrongOption("--start-date '" + start + "' is not a date (expected YYYY-MM-DD, e.g. 2019-03-20)");
        }
        Header header = new Header(title);
        header.fixed("jbake-type", "activity");
        header.field("start-date", startDate.toString(), "the first day, YYYY-MM-DD");
        header.field("end-date", options.getOrDefault("end-date", startDate.toString()), "the last day, YYYY-MM-DD");
        header.field("city", options.get("city"), "the city where it took place");
        header.field("country", options.get("country"), "the country where it took place");
        header.field("programme", options.get("programme"), "one of: " + String.join(", ", ProgrammeDirectory.load().ids()));
        header.field("role", options.get("role"), WrittenForm.allWritten(ActivityRole.class));
        header.optional("partners", options.get("partners"), "partner ids from content/partners/, comma-separated");
        header.optional("organizers", options.get("organizers"),
            "who organized it besides the Centre, as the report says: partner ids from :partners: or names, ';'-separated");
        header.optional("co-organizers", options.get("co-organizers"), "who co-organized it, written the same way");
        header.optional("in-cooperation-with", options.get("in-cooperation-with"),
            "institutions it was held in cooperation with, written the same way");
        header.field("participants", options.get("participants"), "how many took part, e.g. 97 or about 800");
        header.optional("countries", options.get("countries"), "countries whose experts or participants took part");
        header.optional("themes", options.get("themes"), "theme ids, comma-separated");
        return write(content.resolve("activities").resolve(String.valueOf(startDate.getYear())), slug(title), header,
            "What the activity was, who organized it, what it deliberated and who took part.");
    }

    private NewContent write(Path folder, String name, Header header, String bodyHint) throws ScaffoldException, IOException {
        Path file = folder.resolve(name + ".adoc");
        if (Files.exists(file)) {
            throw new ScaffoldException(content.getParent().relativize(file) + " already exists (expected a new title, or edit that file)");
        }
        Files.createDirectories(folder);
        boolean draft = !header.gaps.isEmpty();
        Files.writeString(file, header.render(draft) + "\n// " + bodyHint + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new NewContent(file, draft, List.copyOf(header.gaps));
    }

    static String slug(String title) {
        String slug = Slugs.of(title);
        if (slug.length() <= MAX_SLUG_LENGTH) {
            return slug.isEmpty() ? "untitled" : slug;
        }
        String cut = slug.substring(0, MAX_SLUG_LENGTH);
        int lastDash = cut.lastIndexOf('-');
        return lastDash > 20 ? cut.substring(0, lastDash) : cut;
    }

    /**
     * Every value checked by {@link OptionValueCheck} before anything is read or written, in name order, so that the
     * same command line is always refused for the same option. Only {@code source} is left as given: it names the
     * folder to write into and never goes into the file.
     */
    private static Map<String, String> checked(Map<String, String> options) throws OptionValueCheck.RefusedValueException {
        Map<String, String> checked = new TreeMap<>();
        for (String name : new TreeSet<>(options.keySet())) {
            checked.put(name, name.equals("source") ? options.get(name) : OptionValueCheck.checked(name, options.get(name)));
        }
        return checked;
    }

    private static String require(Map<String, String> options, String name, String what) throws ScaffoldException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw ScaffoldException.wrongOption("--" + name + " is required (" + what + ")");
        }
        return value.strip();
    }

    private static String themesOf(Path issueFile) throws IOException {
        for (String line : Files.readAllLines(issueFile, StandardCharsets.UTF_8)) {
            if (line.startsWith(":themes:")) {
                return line.substring(":themes:".length()).strip();
            }
            if (line.isBlank()) {
                break;
            }
        }
        return null;
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The header being written, in order, remembering which attributes are still to be filled. */
    private static final class Header {
        private final String title;
        private String authorLine;
        private boolean authorsWanted;
        private final Map<String, String> lines = new LinkedHashMap<>();
        private final List<String> gaps = new ArrayList<>();

        Header(String title) {
            this.title = title.strip();
        }

        void authorLine(String authors, String what) {
            authorsWanted = true;
            if (authors == null || authors.isBlank()) {
                gaps.add("the author line (" + what + ")");
                authorLine = null;
            } else {
                authorLine = authors.strip();
            }
        }

        void fixed(String name, String value) {
            lines.put(":" + name + ":", value);
        }

        void field(String name, String value, String what) {
            if (value == null || value.isBlank()) {
                gaps.add(":" + name + ": (" + what + ")");
                lines.put("// fill in: " + what, null);
                lines.put(":" + name + ":", "");
            } else {
                lines.put(":" + name + ":", value.strip());
            }
        }

        void optional(String name, String value, String what) {
            if (value == null || value.isBlank()) {
                lines.put("// optional, " + what + ":", null);
                lines.put("//:" + name + ":", "");
            } else {
                lines.put(":" + name + ":", value.strip());
            }
        }

        void comment(String text) {
            lines.put("// " + text, null);
        }

        String render(boolean draft) {
            StringBuilder text = new StringBuilder("= ").append(title).append('\n');
            if (authorLine != null) {
                text.append(authorLine).append('\n');
            } else if (authorsWanted) {
                text.append("// fill in the line below the title with the authors, separated by ';'\n");
            }
            boolean statusWritten = false;
            for (Map.Entry<String, String> line : lines.entrySet()) {
                text.append(line.getKey());
                if (line.getValue() != null && !line.getValue().isEmpty()) {
                    text.append(' ').append(line.getValue());
                }
                text.append('\n');
                if (!statusWritten && line.getKey().equals(":jbake-type:")) {
                    text.append(":jbake-status: ").append(draft ? "draft" : "published").append('\n');
                    statusWritten = true;
                }
            }
            if (draft) {
                text.append("// This is a draft until the attributes above are filled in; then set :jbake-status: published.\n");
            }
            return text.toString();
        }
    }
}
