package net.techmonitor.site.convert;

/**
 * For {@link net.techmonitor.site.bench.ReaderCost}: finishing a converted body through {@link SimpleBodyReader} (with
 * Jsoup for the bodies it refuses), as the build does, and finishing it by a Jsoup parse alone, the path that would
 * replace the reader.
 */
public final class BodyReadings {
    private BodyReadings() {
    }

    public static BodyFinisher.Finished byReader(String html, String folderUrl, String basePath, RawHtmlPolicy rawHtml) {
        return BodyFinisher.finish(html, folderUrl, basePath, rawHtml);
    }

    public static BodyFinisher.Finished byJsoup(String html, String folderUrl, String basePath, RawHtmlPolicy rawHtml) {
        return BodyFinisher.finishParsed(html, folderUrl, basePath, rawHtml);
    }

    /** Whether the reader reads this body itself (else it is parsed). */
    public static boolean readerTakes(String html) {
        return SimpleBodyReader.read(html).isPresent();
    }
}
