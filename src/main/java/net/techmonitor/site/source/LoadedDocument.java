package net.techmonitor.site.source;

import net.techmonitor.site.source.ContentPlace;

import net.techmonitor.site.source.SourceHeader;

import java.nio.file.Path;

/**
 * One source file after reading and converting: what the catalog builder needs and nothing of JBake's.
 *
 * @param file      the file on disk
 * @param sitePath  its path relative to the site folder, for messages ({@code content/issues/2018-q3/x.adoc})
 * @param place     what its folder says it is
 * @param header    its header, with line numbers
 * @param published {@code :jbake-status: published}
 * @param bodyHtml  the converted body (null for drafts, which are never converted or written)
 * @param bodyText  the beginning of the body's plain text, as far as search uses it ({@link SearchableText#usablePart}; null for drafts)
 * @param mayReferToFiles the body may hold a cross-reference to another content file, decided once when the body is
 *                  read: a preview's save then looks for references only in what it read again, not in every body
 */
public record LoadedDocument(Path file, String sitePath, ContentPlace place, SourceHeader header,
                             boolean published, String bodyHtml, String bodyText, boolean mayReferToFiles) {
}
