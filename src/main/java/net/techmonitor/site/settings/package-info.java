/**
 * What a build needs to know, resolved once from the command line and jbake.properties ({@code SiteSettings}); read by
 * every stage, so it sits below them. The loader that reads jbake.properties is the pipeline's first stage.
 */
package net.techmonitor.site.settings;
