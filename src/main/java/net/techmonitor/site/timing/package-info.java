/** Stage timings ({@code TECHMONITOR_TIMINGS=1}): at the bottom, so any stage may mark its end. */
package net.techmonitor.site.timing;
