package net.techmonitor.site.reference;

import java.util.List;

/**
 * A country or territory of ISO 3166-1, under the name the Centre uses.
 *
 * @param name    UN/ESCAP short name, as the Centre writes it ("Republic of Korea", "Viet Nam")
 * @param alpha2  ISO 3166-1 alpha-2 code
 * @param alpha3  ISO 3166-1 alpha-3 code
 * @param aliases other names that resolve to this country ("South Korea", "Vietnam")
 */
public record Country(String name, String alpha2, String alpha3, List<String> aliases) implements Comparable<Country> {

    public Country {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /** The lower-case ASCII word slug used in the country page's URL ("lao-peoples-democratic-republic"). */
    public String slug() {
        return Slugs.of(name);
    }

    @Override
    public int compareTo(Country other) {
        return Slugs.sortKey(name).compareTo(Slugs.sortKey(other.name));
    }
}
