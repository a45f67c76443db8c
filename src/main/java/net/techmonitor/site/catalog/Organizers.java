package net.techmonitor.site.catalog;

import java.util.List;

/**
 * Who else organized an activity, as the Centre's report words it: the institutions that organized it (with the
 * Centre, or with the Centre supporting or contributing), those that co-organized it, and those it was held in
 * cooperation with. A partner institution named in {@code :partners:} without one of these parts only took part
 * (the Asian Development Bank in Manila) or sent the trainees.
 *
 * @param organized     {@code :organizers:}
 * @param coOrganized   {@code :co-organizers:}
 * @param cooperation   {@code :in-cooperation-with:}
 */
public record Organizers(List<Party> organized, List<Party> coOrganized, List<Party> cooperation) {
    public static final Organizers NONE = new Organizers(List.of(), List.of(), List.of());

    public Organizers {
        organized = List.copyOf(organized);
        coOrganized = List.copyOf(coOrganized);
        cooperation = List.copyOf(cooperation);
    }

    /**
     * One institution: a partner institution of the site (by id), or one named as the report names it (a ministry, a
     * provincial government) that has no page.
     */
    public record Party(String partnerId, String name) {
        public static Party partner(String id) {
            return new Party(id, null);
        }

        public static Party named(String name) {
            return new Party(null, name);
        }

        public boolean isPartner() {
            return partnerId != null;
        }
    }
}
