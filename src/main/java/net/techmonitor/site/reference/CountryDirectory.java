package net.techmonitor.site.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every ISO 3166-1 country, read with Jackson from {@code reference/countries.json}, resolvable by the Centre's
 * name, a common alias or an alpha-2/alpha-3 code, case- and accent-insensitively, with or without a leading
 * "the" ("the Philippines").
 */
public final class CountryDirectory {
    private static final String RESOURCE = "/net/techmonitor/site/reference/countries.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryFile(List<Country> countries) {
    }

    private final List<Country> countries;
    private final Map<String, Country> byKey = new HashMap<>();

    public CountryDirectory(List<Country> countries) {
        this.countries = countries.stream().sorted().toList();
        for (Country country : this.countries) {
            for (String key : keysOf(country)) {
                Country clash = byKey.putIfAbsent(key, country);
                if (clash != null && clash != country) {
                    throw new IllegalStateException("country reference data: '" + key + "' names both "
                        + clash.name() + " and " + country.name());
                }
            }
        }
    }

    /** The directory of the generator's reference data: read once per process, as it cannot change while it runs. */
    public static CountryDirectory load() {
        return Loaded.DIRECTORY;
    }

    /** Read on first use; the class initialisation makes it safely visible to every thread. */
    private static final class Loaded {
        static final CountryDirectory DIRECTORY = new CountryDirectory(ReferenceJson.read(RESOURCE, CountryFile.class).countries());
    }

    public List<Country> all() {
        return countries;
    }

    public Optional<Country> resolve(String written) {
        return Optional.ofNullable(byKey.get(normalize(written)));
    }

    /** Up to three known names closest to what was written, for "did you mean" messages. */
    public List<String> suggestionsFor(String written) {
        String wanted = normalize(written);
        record Candidate(Country country, int distance) {
        }
        Map<Country, Integer> best = new HashMap<>();
        for (Country country : countries) {
            for (String name : namesOf(country)) {
                int distance = EditDistance.between(wanted, normalize(name));
                best.merge(country, distance, Math::min);
            }
        }
        // Close enough to be a slip of the keyboard, and no further from it than the best match allows:
        // "Nepa" suggests Nepal, not every four-letter name.
        int tolerance = Math.max(2, wanted.length() / 3);
        int nearest = best.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        Set<String> names = new LinkedHashSet<>();
        best.entrySet().stream()
            .map(entry -> new Candidate(entry.getKey(), entry.getValue()))
            .filter(candidate -> candidate.distance() <= tolerance && candidate.distance() <= nearest + 1)
            .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::country))
            .limit(3)
            .forEach(candidate -> names.add(candidate.country().name()));
        return List.copyOf(names);
    }

    private static List<String> namesOf(Country country) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        names.add(country.name());
        names.addAll(country.aliases());
        return names;
    }

    private static Set<String> keysOf(Country country) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : namesOf(country)) {
            keys.add(normalize(name));
        }
        keys.add(normalize(country.alpha2()));
        keys.add(normalize(country.alpha3()));
        return keys;
    }

    static String normalize(String written) {
        String key = Slugs.sortKey(written).replaceAll("[\\s,.()'-]+", " ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
