package net.techmonitor.site.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PropertyLinesTest {
    @TempDir
    Path temp;

    @Test
    void theLineOfASettingSkipsCommentsContinuationsAndLongerKeys() throws Exception {
        Path file = temp.resolve("jbake.properties");
        Files.writeString(file, String.join("\n",
            "# site.url=https://commented.example/",
            "! site.url=https://also-commented.example/",
            "site.url.old=x",
            "site.title=A \\",
            "  site.url=a continuation of the title",
            "   site.url : https://org.github.io/techmonitor/",
            "site.url=a second entry"));
        assertEquals(6, PropertyLines.lineOf(file, "site.url"));
        assertEquals(3, PropertyLines.lineOf(file, "site.url.old"));
        assertEquals(0, PropertyLines.lineOf(file, "site.host"));
        assertEquals(0, PropertyLines.lineOf(temp.resolve("missing.properties"), "site.url"));
    }
}
