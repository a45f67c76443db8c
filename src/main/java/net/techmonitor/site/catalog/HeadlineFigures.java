package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;
import java.util.Locale;

/**
 * The figures the Centre leads its report with, computed from the activity notes of one period, never typed in.
 *
 * @param estimatedActivities how many of the activities give a round figure ("about 800") for participants
 */
public record HeadlineFigures(ReportingPeriod period, int activities, List<Country> hostCountries, int partnerInstitutions,
                             int participants, int estimatedActivities) {

    public static HeadlineFigures of(List<Activity> all, ReportingPeriod period) {
        List<Activity> inPeriod = all.stream().filter(activity -> period.contains(activity.startDate())).toList();
        List<Country> hosts = inPeriod.stream().map(Activity::country).distinct().sorted().toList();
        int partners = (int) inPeriod.stream().flatMap(activity -> activity.partnerIds().stream()).distinct().count();
        int participants = inPeriod.stream().mapToInt(activity -> activity.participants().count()).sum();
        int estimated = (int) inPeriod.stream().filter(activity -> activity.participants().estimated()).count();
        return new HeadlineFigures(period, inPeriod.size(), hosts, partners, participants, estimated);
    }

    public String participantsLabel() {
        return String.format(Locale.ROOT, "%,d", participants);
    }
}
