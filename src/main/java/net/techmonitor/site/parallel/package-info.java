/**
 * Running independent pieces of a stage on several cores. In: a list of items and the work for one item. Out: the
 * results in the items' order, so what a stage writes or reports never depends on how many threads ran it.
 */
package net.techmonitor.site.parallel;
