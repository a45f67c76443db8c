package net.techmonitor.site.catalog;

/**
 * A reference from one published file to a record of another (a theme, a partner, an issue), kept with
 * the line it was written on so that a dangling one can be reported there.
 *
 * @param attribute the attribute it is written in ({@code themes}); for an issue, which a file's folder names, what
 *                  the file is ("article", "technology offer"), for the message
 */
public record Reference(Kind kind, String id, String path, int line, String attribute) {

    public enum Kind { ISSUE, THEME, PARTNER }
}
