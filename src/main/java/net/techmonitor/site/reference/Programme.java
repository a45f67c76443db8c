package net.techmonitor.site.reference;

/**
 * One of the Centre's programme areas (reference data, not content).
 *
 * @param reportSection the letter of the area's section in the Centre's report ("A")
 * @param reportHeading that section's heading, as the report words it
 */
public record Programme(String id, String title, String summary, String reportSection, String reportHeading) {
}
