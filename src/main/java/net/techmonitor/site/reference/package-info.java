/**
 * Reference data that belongs to the generator, not to editors. In: JSON resources read with Jackson
 * (ISO 3166-1 countries under the Centre's names, the Centre's programme areas). Out: typed lookups that
 * resolve what editors write, with suggestions for names that resolve to nothing.
 */
package net.techmonitor.site.reference;
