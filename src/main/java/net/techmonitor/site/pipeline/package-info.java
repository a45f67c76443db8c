/**
 * The build pipeline (named "pipeline", not "build": tools and .gitignore templates take a build/ folder for
 * generated output and skip it). In: a site folder (jbake.properties, content/, templates/, assets/) and options.
 * Out: the built site in the output folder, replaced only when every stage succeeded, or the list of problems.
 */
package net.techmonitor.site.pipeline;
