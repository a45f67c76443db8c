/**
 * Problems found in an editor's input. In: what each stage finds wrong, with file and line.
 * Out: one sorted list, printed as {@code stage: path:line: message}, and a single failure per run.
 */
package net.techmonitor.site.problems;
