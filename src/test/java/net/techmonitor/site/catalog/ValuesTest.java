package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import net.techmonitor.site.render.DateLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Month;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small values editors write and readers see: participants, dates, issue ids, reporting periods. */
class ValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"97|97|false", "about 800|about 800|true", "over 800|over 800|true", "2,600|2,600|false", "About 100|about 100|true"})
    void participantsKeepTheirQualifier(String written, String label, boolean estimated) {
        Participants participants = Participants.parse(written).orElseThrow();
        assertEquals(label, participants.label());
        assertEquals(estimated, participants.estimated());
    }

    @ParameterizedTest
    @CsvSource({"many", "-5", "800 people", "''", "1234567890"})
    void participantsThatAreNotACountAreRefused(String written) {
        assertTrue(Participants.parse(written).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2018-03-20|2018-03-20|20 March 2018", "2018-06-14|2018-06-16|14–16 June 2018",
        "2018-05-30|2018-06-01|30 May–1 June 2018", "2017-12-30|2018-01-02|30 December 2017–2 January 2018"})
    void dateRangesReadAsTheCentreWritesThem(String start, String end, String label) {
        assertEquals(label, DateLabels.range(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void issueIdsAreQuartersOfTheCoverPeriod() {
        assertEquals(Month.JULY, IssueId.parse("2018-q3").orElseThrow().firstMonth());
        assertTrue(IssueId.parse("2018-Q3").isEmpty());
        assertTrue(IssueId.parse("2018-q5").isEmpty());
    }

    @Test
    void reportingPeriodsRunFromDecemberToNovember() {
        ReportingPeriod period = ReportingPeriod.containing(LocalDate.parse("2018-11-27"), Month.DECEMBER);
        assertEquals(new ReportingPeriod(LocalDate.parse("2017-12-01"), LocalDate.parse("2018-11-30")), period);
        assertEquals("December 2017 to November 2018", period.label());
        assertEquals(LocalDate.parse("2018-12-01"), ReportingPeriod.containing(LocalDate.parse("2018-12-01"), Month.DECEMBER).start());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2017-q3|false", "2017-q4|true", "2018-q1|true", "2018-q4|true", "2019-q1|false"})
    void anIssueIsOfThePeriodItsCoverQuarterOverlaps(String issue, boolean overlaps) {
        ReportingPeriod period = ReportingPeriod.containing(LocalDate.parse("2018-11-27"), Month.DECEMBER);
        assertEquals(overlaps, period.overlapsQuarterOf(IssueId.parse(issue).orElseThrow()), issue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"introduction|I", "A|A", "H|H", "annex-1|Annex I", "annex-2|Annex II", "annex-14|Annex XIV"})
    void reportSectionsReadAsWrittenAndAreNumberedAsTheReportDoes(String written, String label) {
        ReportSection section = ReportSection.parse(written).orElseThrow();
        assertEquals(written, section.written());
        assertEquals(label, section.label());
    }

    @ParameterizedTest
    @CsvSource({"a", "AA", "annex-0", "annex-", "annex-I", "Introduction", "''", "II"})
    void reportSectionsThatAreNotOneAreRefused(String written) {
        assertTrue(ReportSection.parse(written).isEmpty());
    }

    @Test
    void reportSectionsSortInTheReportsOrder() {
        java.util.List<String> sorted = java.util.stream.Stream.of("annex-2", "J", "annex-1", "A", "introduction", "H")
            .map(text -> ReportSection.parse(text).orElseThrow()).sorted().map(ReportSection::written).toList();
        assertEquals(java.util.List.of("introduction", "A", "H", "J", "annex-1", "annex-2"), sorted);
    }
}
