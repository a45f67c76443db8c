package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

/** A cash contribution pledged to the Centre, in United States dollars. */
public record Pledge(Country country, long amountUsd) {
}
