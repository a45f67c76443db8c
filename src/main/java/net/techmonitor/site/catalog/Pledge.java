package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

/** A cash contribution pledged to the Centre, in United States dollars. */
public record Pledge(Country country, long amountUsd) {
    /**
     * The largest pledge accepted: a billion dollars, far above any member's yearly contribution in the Centre's
     * report (hundreds of thousands), so a larger figure is a typing mistake; sums of such pledges cannot overflow.
     */
    public static final long MAX_USD = 1_000_000_000L;
}
