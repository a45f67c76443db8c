package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;

/**
 * Member States' contributions to the Centre for one year ({@code contributions/<year>.adoc}): cash pledges
 * and in-kind support. Kept as data so that each country's page can list what it contributed.
 *
 * @param decision the Commission decision that records the pledges, or null
 */
public record Contributions(int year, String title, List<Pledge> pledges, List<Country> inKind, String decision,
                            String bodyHtml, SourceRef source) {

    public Contributions {
        pledges = List.copyOf(pledges);
        inKind = List.copyOf(inKind);
    }

    public long totalPledgedUsd() {
        return pledges.stream().mapToLong(Pledge::amountUsd).sum();
    }
}
