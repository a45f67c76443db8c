package net.techmonitor.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic site of N articles in the content format, for the build benchmark: issues of
 * twenty articles each (one per quarter, ending in 2026; more an issue beyond 6,160 articles, so that the first is
 * not before 1950, the earliest year the build accepts), twelve themes, countries from the ESCAP region, one
 * activity per twenty articles, and articles of about 1,200 words with sections, a list, a table, a code block
 * and footnotes. The same N always gives byte-identical files. Its text is filler for measuring speed, never
 * site content: every author, title and sentence is visibly synthetic.
 */
public final class SyntheticSite {
    static final int ARTICLES_PER_ISSUE = 20;
    static final int LAST_YEAR = 2026;
    /** One issue a quarter from 1950, the earliest year the build accepts, to {@link #LAST_YEAR}. */
    private static final int MOST_ISSUES = 4 * (LAST_YEAR - 1950 + 1);
    private static final String[] THEMES = {
        "financing-innovation", "big-data", "energy-and-water", "entrepreneurship", "technology-transfer",
        "artificial-intelligence", "renewable-energy", "smart-agriculture", "digital-health", "biotechnology",
        "advanced-materials", "innovation-policy"};
    private static final String[] COUNTRIES = {
        "India", "Thailand", "Viet Nam", "Republic of Korea", "Japan", "Philippines", "Indonesia", "Malaysia",
        "Bangladesh", "Sri Lanka", "Nepal", "Bhutan", "Mongolia", "Kazakhstan", "Uzbekistan", "Fiji", "Samoa",
        "Islamic Republic of Iran", "Lao People's Democratic Republic", "Cambodia", "Pakistan", "China"};
    private static final String[] CITIES = {"Bangkok", "New Delhi", "Hanoi", "Manila", "Jakarta", "Colombo"};
    private static final String[] PROGRAMMES = {"national-innovation-systems", "emerging-technologies", "technology-transfer"};
    private static final String[] PARTNERS = {"partner-one", "partner-two", "partner-three", "partner-four", "partner-five"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] WORDS = (
        "technology transfer innovation capacity regional national policy framework development sustainable "
        + "enterprise research institution network cooperation investment finance market knowledge skills "
        + "digital energy water agriculture health industry startup incubator university laboratory standard "
        + "assessment evaluation strategy programme partnership stakeholder community government ministry "
        + "evidence indicator outcome impact resilience inclusion diffusion adoption commercialization patent "
        + "licensing venture capital grant procurement infrastructure platform data analysis model system "
        + "process design production value chain export competitiveness productivity growth employment "
        + "training workshop forum dialogue consultation experience practice lesson challenge opportunity "
        + "mechanism instrument incentive regulation governance coordination collaboration exchange region").split(" ");

    private final int articles;
    private final int articlesPerIssue;

    public SyntheticSite(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("a synthetic site needs at least one article");
        }
        this.articles = articles;
        this.articlesPerIssue = Math.max(ARTICLES_PER_ISSUE, (articles + MOST_ISSUES - 1) / MOST_ISSUES);
    }

    /**
     * {@code java -cp target/test-classes net.techmonitor.site.bench.SyntheticSite N FOLDER}: writes the site of N
     * articles into FOLDER (its content and jbake.properties; templates and assets are the caller's), for the checks
     * in headless Chromium.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticSite <articles> <folder>");
            System.exit(2);
        }
        new SyntheticSite(Integer.parseInt(args[0])).write(Path.of(args[1]));
    }

    public int issues() {
        return (articles + articlesPerIssue - 1) / articlesPerIssue;
    }

    public int activities() {
        return Math.max(1, articles / ARTICLES_PER_ISSUE);
    }

    /** Writes {@code content/} and {@code jbake.properties} under {@code site}; templates and assets are the caller's. */
    public void write(Path site) throws IOException {
        Path content = site.resolve("content");
        write(site.resolve("jbake.properties"), """
            site.title=Synthetic Monitor
            site.url=https://example.org/
            """);
        for (String theme : THEMES) {
            write(content.resolve("themes/" + theme + ".adoc"), "= Theme " + theme + "\n:jbake-type: theme\n:jbake-status: published\n\n"
                + paragraph(new SplittableRandom(theme.hashCode()), 40) + "\n");
        }
        for (int p = 0; p < PARTNERS.length; p++) {
            write(content.resolve("partners/" + PARTNERS[p] + ".adoc"), "= Synthetic partner institution " + (p + 1)
                + "\n:jbake-type: partner\n:jbake-status: published\n:country: " + COUNTRIES[p] + "\n\n"
                + paragraph(new SplittableRandom(p), 30) + "\n");
        }
        int firstYear = LAST_YEAR - (issues() - 1) / 4;
        for (int i = 0; i < issues(); i++) {
            int year = firstYear + i / 4;
            int quarter = i % 4 + 1;
            String id = year + "-q" + quarter;
            write(content.resolve("issues/" + id + "/index.adoc"), issue(i, year, quarter));
            for (int a = i * articlesPerIssue; a < Math.min(articles, (i + 1) * articlesPerIssue); a++) {
                write(content.resolve("issues/" + id + "/" + articleSlug(a) + ".adoc"), article(a, year, quarter));
            }
        }
        for (int a = 0; a < activities(); a++) {
            int year = firstYear + a % (LAST_YEAR - firstYear + 1);
            write(content.resolve("activities/" + year + "/activity-" + (a + 1) + ".adoc"), activity(a, year));
        }
    }

    /** The path of article {@code index} (0-based) inside {@code content/}, for the one-change rebuild. */
    public String articlePath(int index) {
        int issue = index / articlesPerIssue;
        int firstYear = LAST_YEAR - (issues() - 1) / 4;
        return "issues/" + (firstYear + issue / 4) + "-q" + (issue % 4 + 1) + "/" + articleSlug(index) + ".adoc";
    }

    private static String articleSlug(int index) {
        return "article-" + (index + 1);
    }

    private String issue(int index, int year, int quarter) {
        SplittableRandom random = new SplittableRandom(1_000_000L + index);
        return "= Synthetic issue " + year + "-q" + quarter + " on " + THEMES[index % THEMES.length].replace('-', ' ') + "\n"
            + ":jbake-type: issue\n:jbake-status: published\n"
            + ":jbake-date: " + year + "-" + twoDigits((quarter - 1) * 3 + 1) + "-01\n"
            + ":period: " + MONTHS[(quarter - 1) * 3] + "–" + MONTHS[(quarter - 1) * 3 + 2] + " " + year + "\n"
            + ":themes: " + THEMES[index % THEMES.length] + "\n\n"
            + paragraph(random, 80) + "\n\n" + paragraph(random, 80) + "\n";
    }

    private String article(int index, int year, int quarter) {
        SplittableRandom random = new SplittableRandom(index);
        StringBuilder text = new StringBuilder();
        text.append("= Synthetic article ").append(index + 1).append(": ").append(capitalized(words(random, 6))).append('\n');
        text.append("Author A").append(index % 97 + 1).append("; Author B").append(index % 89 + 1).append('\n');
        text.append(":jbake-type: article\n:jbake-status: published\n");
        text.append(":jbake-date: ").append(year).append('-').append(twoDigits((quarter - 1) * 3 + 2)).append("-15\n");
        text.append(":themes: ").append(THEMES[index % THEMES.length]).append(", ").append(THEMES[(index / 3 + 5) % THEMES.length]).append('\n');
        text.append(":countries: ").append(COUNTRIES[index % COUNTRIES.length]).append(", ")
            .append(COUNTRIES[(index / 7 + 3) % COUNTRIES.length]).append('\n');
        text.append(":description: ").append(capitalized(words(random, 20))).append(".\n\n");
        text.append(paragraph(random, 90)).append("\n\n");
        for (int section = 1; section <= 5; section++) {
            text.append("== Section ").append(section).append(": ").append(capitalized(words(random, 4))).append("\n\n");
            text.append(paragraph(random, 80)).append(" footnote:[").append(capitalized(words(random, 12))).append(".]\n\n");
            switch (section) {
                case 1 -> {
                    for (int item = 0; item < 6; item++) {
                        text.append("* ").append(capitalized(words(random, 8))).append('\n');
                    }
                    text.append('\n');
                }
                case 2 -> {
                    text.append("[cols=\"2,1,1\",options=\"header\"]\n|===\n| Indicator | Value | Year\n");
                    for (int row = 0; row < 5; row++) {
                        text.append("| ").append(capitalized(words(random, 3))).append(" | ").append(random.nextInt(10_000))
                            .append(" | ").append(year).append('\n');
                    }
                    text.append("|===\n\n");
                }
                case 3 -> text.append("[source,java]\n----\nint transfers = ").append(random.nextInt(1000))
                    .append(";\nfor (int i = 0; i < transfers; i++) {\n    license(i);\n}\n----\n\n");
                default -> {
                }
            }
            text.append(paragraph(random, 80)).append("\n\n").append(paragraph(random, 70)).append("\n\n");
        }
        return text.toString();
    }

    private String activity(int index, int year) {
        SplittableRandom random = new SplittableRandom(2_000_000L + index);
        int month = index % 12 + 1;
        String date = year + "-" + twoDigits(month) + "-" + twoDigits(index % 27 + 1);
        return "= Synthetic workshop " + (index + 1) + " on " + words(random, 4) + "\n"
            + ":jbake-type: activity\n:jbake-status: published\n"
            + ":start-date: " + date + "\n:end-date: " + date + "\n"
            + ":city: " + CITIES[index % CITIES.length] + "\n:country: " + COUNTRIES[index % CITIES.length] + "\n"
            + ":programme: " + PROGRAMMES[index % PROGRAMMES.length] + "\n:role: organized\n"
            + ":partners: " + PARTNERS[index % PARTNERS.length] + "\n"
            + ":participants: " + (20 + random.nextInt(200)) + "\n"
            + ":countries: " + COUNTRIES[(index + 2) % COUNTRIES.length] + ", " + COUNTRIES[(index + 9) % COUNTRIES.length] + "\n"
            + ":themes: " + THEMES[index % THEMES.length] + "\n\n"
            + paragraph(random, 100) + "\n";
    }

    private static String paragraph(SplittableRandom random, int words) {
        List<String> sentences = new ArrayList<>();
        int left = words;
        while (left > 0) {
            int length = Math.min(left, 8 + random.nextInt(10));
            sentences.add(capitalized(words(random, length)) + ".");
            left -= length;
        }
        return String.join(" ", sentences);
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
