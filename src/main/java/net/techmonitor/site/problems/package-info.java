/**
 * Problems found in an editor's input. In: what each stage finds wrong, with file and line.
 * Out: one sorted list, printed as {@code stage: path:line: message}, and a single failure per run.
 * Besides problems, a build reports {@link net.techmonitor.site.problems.BuildMessage}s: notices and routine progress.
 */
package net.techmonitor.site.problems;
