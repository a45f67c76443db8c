package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;
import java.util.Locale;

/**
 * The figures the Centre leads its report with, computed from the content of one period, never typed in. Partner
 * institutions are those named by the period's activity notes together with those the period's report lists
 * ({@code :listed-in-reports:}).
 *
 * @param estimatedActivities  how many of the activities give a round figure ("about 800") for participants
 * @param expectedParticipants how many of the participants were expected at activities still ahead when reported
 */
public record HeadlineFigures(ReportingPeriod period, int activities, List<Country> hostCountries, int partnerInstitutions,
                             long participants, int estimatedActivities, long expectedParticipants) {

    public static HeadlineFigures of(List<Activity> all, List<Partner> partnersListed, ReportingPeriod period) {
        List<Activity> inPeriod = all.stream().filter(activity -> period.contains(activity.startDate())).toList();
        List<Country> hosts = inPeriod.stream().map(Activity::country).distinct().sorted().toList();
        int partners = partnerIds(inPeriod, partnersListed, period).size();
        long participants = inPeriod.stream().mapToLong(activity -> activity.participants().count()).sum();
        int estimated = (int) inPeriod.stream().filter(activity -> activity.participants().estimated()).count();
        long expected = inPeriod.stream().filter(Activity::scheduled).mapToLong(activity -> activity.participants().count()).sum();
        return new HeadlineFigures(period, inPeriod.size(), hosts, partners, participants, estimated, expected);
    }

    /** The ids of the period's partner institutions: named by its activities or listed in its report. */
    public static java.util.Set<String> partnerIds(List<Activity> inPeriod, List<Partner> partners, ReportingPeriod period) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        inPeriod.forEach(activity -> ids.addAll(activity.partnerIds()));
        partners.stream().filter(partner -> partner.listedInReports().contains(period.end().getYear())).forEach(partner -> ids.add(partner.id()));
        return ids;
    }

    /**
     * What the participant sum holds, said beside it: it adds the notes' figures as written, so a round "about 800" or
     * "over 800" counts as 800, and an activity still ahead counts with the participants it expected. Empty when the
     * sum is a plain count.
     */
    public String participantsNote() {
        List<String> parts = new java.util.ArrayList<>();
        if (estimatedActivities > 0) {
            parts.add("the figures of " + estimatedActivities + (estimatedActivities == 1 ? " activity are" : " activities are")
                + " the report's round ones (“about” or “over”), added as written");
        }
        if (expectedParticipants > 0) {
            parts.add(String.format(Locale.ROOT, "%,d were expected at activities still ahead when the Centre reported", expectedParticipants));
        }
        return parts.isEmpty() ? "" : "The participant figure is the sum of the activity notes: " + String.join("; ", parts) + ".";
    }

    public String participantsLabel() {
        return String.format(Locale.ROOT, "%,d", participants);
    }
}
