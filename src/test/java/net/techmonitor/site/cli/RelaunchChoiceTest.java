package net.techmonitor.site.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelaunchChoiceTest {
    @Test
    void onlyCommandsThatBuildAreRelaunched() {
        assertTrue(SiteCommandLine.worthRelaunching(new String[]{"build", "--source", "x"}));
        assertTrue(SiteCommandLine.worthRelaunching(new String[]{"serve"}));
        assertFalse(SiteCommandLine.worthRelaunching(new String[]{"build", "--version"}));
        assertFalse(SiteCommandLine.worthRelaunching(new String[]{"check", "-h"}));
        assertFalse(SiteCommandLine.worthRelaunching(new String[]{"build", "--help"}));
        assertFalse(SiteCommandLine.worthRelaunching(new String[]{"new", "article"}));
        assertFalse(SiteCommandLine.worthRelaunching(new String[]{}));
    }
}
