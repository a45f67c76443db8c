/**
 * Reading editors' source files. In: the bytes of an AsciiDoc file. Out: its UTF-8 text and lines, and its
 * header (title, author line, attribute entries) with the line of each entry, for precise problem reports.
 */
package net.techmonitor.site.source;
