/**
 * AsciiDoc to HTML. In: a source file's text and location. Out: its body as HTML, converted in SAFE mode,
 * and Asciidoctor's warnings as problems of that file and line.
 */
package net.techmonitor.site.convert;
