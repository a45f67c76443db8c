/**
 * What one build may reuse from another. In: the exact inputs of a step (a file's text, the files it includes,
 * the settings that shape its output, the generator's own code). Out: the step's earlier result, or nothing.
 * A key covers every input, so a stale result is never served; a missing or damaged entry is only a miss.
 */
package net.techmonitor.site.cache;
