/**
 * Stage timings ({@code TECHMONITOR_TIMINGS=1}) and the "count of total" lines of long work ({@link
 * net.techmonitor.site.timing.ProgressLine}): at the bottom, so any stage may mark its end or count its items.
 */
package net.techmonitor.site.timing;
