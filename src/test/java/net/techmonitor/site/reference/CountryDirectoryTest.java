package net.techmonitor.site.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryDirectoryTest {
    private static final CountryDirectory COUNTRIES = CountryDirectory.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Republic of Korea|Republic of Korea", "South Korea|Republic of Korea", "KR|Republic of Korea", "kor|Republic of Korea",
        "Islamic Republic of Iran|Islamic Republic of Iran", "Iran|Islamic Republic of Iran", "IRN|Islamic Republic of Iran",
        "Lao People's Democratic Republic|Lao People's Democratic Republic", "Laos|Lao People's Democratic Republic",
        "Lao People’s Democratic Republic|Lao People's Democratic Republic",
        "Viet Nam|Viet Nam", "Vietnam|Viet Nam", "VN|Viet Nam", "VNM|Viet Nam",
        "the Philippines|Philippines", "Sri-Lanka|Sri Lanka", "Macao|Macao, China", "Tanzania|United Republic of Tanzania",
        "Türkiye|Turkey", "côte d'ivoire|Côte d'Ivoire"})
    void everyFormResolvesToTheNameTheCentreUses(String written, String name) {
        assertEquals(name, COUNTRIES.resolve(written).orElseThrow().name());
    }

    @Test
    void everyIsoCountryIsThereWithUniqueCodesAndSlugs() {
        assertEquals(Locale.getISOCountries().length, COUNTRIES.all().size());
        Set<String> slugs = new HashSet<>();
        for (Country country : COUNTRIES.all()) {
            assertTrue(slugs.add(country.slug()), "duplicate slug " + country.slug());
            assertTrue(Slugs.isValid(country.slug()), country.slug());
            assertEquals(country, COUNTRIES.resolve(country.alpha2()).orElseThrow());
            assertEquals(country, COUNTRIES.resolve(country.alpha3()).orElseThrow());
        }
    }

    @Test
    void aNameThatResolvesToNoCountryGetsTheNearestKnownNames() {
        assertTrue(COUNTRIES.resolve("Veit Nam").isEmpty());
        assertEquals("Viet Nam", COUNTRIES.suggestionsFor("Veit Nam").get(0));
        assertEquals("Philippines", COUNTRIES.suggestionsFor("Phillipines").get(0));
        assertEquals(List.of("Nepal"), COUNTRIES.suggestionsFor("Nepa"));
        assertEquals(List.of(), COUNTRIES.suggestionsFor("Atlantis of the Deep Blue Sea"));
    }
}
