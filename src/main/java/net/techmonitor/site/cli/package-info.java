/**
 * The command line. In: a command and options. Out: a built (or served) site and a one-line summary, or the
 * list of problems and exit status 1.
 */
package net.techmonitor.site.cli;
