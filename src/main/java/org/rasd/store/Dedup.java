package org.rasd.store;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.rasd.code.Notes;
import org.rasd.io.Acled;
import org.rasd.model.SubEventType;

/**
 * Cross-source deduplication: when two reports describe one incident, and how they merge.
 *
 * <p>Same incident: same sub-event family, same country, dates at most one day apart, places within the
 * tolerance of the coarser geo_precision (1 → 15 km, 2 → 30 km, 3 → 150 km; by name when coordinates are
 * missing), and compatible actors (each side the same inter code or unknown — none, inter 0 or "Unidentified ..." —
 * in either order). The merge keeps the lowest credible fatality figure (ACLED's conservative reading, never
 * the sum; a report of no deaths does not lower a counted toll), the more precise place,
 * and fills unknown actors from the newer report.
 */
public final class Dedup {
    private Dedup() {
    }

    /**
     * The deduplication family of labels read from outside ({@link SubEventType#family()}); an unknown
     * sub-event type is its own family, a missing one that of its event type.
     */
    public static String family(String eventType, String subEventType) {
        if (subEventType != null && !subEventType.isBlank()) {
            SubEventType t = SubEventType.find(subEventType);
            return t != null ? t.family() : "sub:" + subEventType.trim().toLowerCase(Locale.ROOT);
        }
        return "type:" + (eventType == null ? "" : eventType.trim().toLowerCase(Locale.ROOT));
    }

    /** Tolerance in km for a geo_precision code. */
    public static double toleranceKm(int geoPrecision) {
        return switch (geoPrecision) {
            case 1 -> 15;
            case 2 -> 30;
            default -> 150;
        };
    }

    /** Whether {@code b} reports the same incident as {@code a}. */
    public static boolean sameIncident(EventRow a, EventRow b) {
        if (!Objects.equals(a.family(), b.family())) {
            return false;
        }
        if (a.eventDate() == null || b.eventDate() == null
                || Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate())) > 1) {
            return false;
        }
        if (a.countryCode() != null && b.countryCode() != null && !a.countryCode().equals(b.countryCode())) {
            return false;
        }
        return samePlace(a, b) && (actorsAligned(a, b) || actorsSwapped(a, b));
    }

    static boolean samePlace(EventRow a, EventRow b) {
        if (a.latitude() != null && a.longitude() != null && b.latitude() != null && b.longitude() != null) {
            double tol = toleranceKm(Math.max(a.geoPrecision(), b.geoPrecision()));
            return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= tol;
        }
        return a.location() != null && b.location() != null
                && a.location().trim().toLowerCase(Locale.ROOT).equals(b.location().trim().toLowerCase(Locale.ROOT))
                && Objects.equals(a.countryCode(), b.countryCode());
    }

    static boolean actorsAligned(EventRow a, EventRow b) {
        return compatible(a.actor1(), a.inter1(), b.actor1(), b.inter1())
                && compatible(a.actor2(), a.inter2(), b.actor2(), b.inter2());
    }

    static boolean actorsSwapped(EventRow a, EventRow b) {
        return compatible(a.actor1(), a.inter1(), b.actor2(), b.inter2())
                && compatible(a.actor2(), a.inter2(), b.actor1(), b.inter1());
    }

    /** An actor the report leaves open: none, inter 0, or ACLED's "Unidentified ..." placeholder. */
    static boolean unknown(String name, int inter) {
        return inter == 0 || name == null || name.isBlank() || name.startsWith("Unidentified");
    }

    private static boolean compatible(String n1, int x, String n2, int y) {
        return unknown(n1, x) || unknown(n2, y) || x == y;
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Distance used to rank candidates: km between the two places, or 0 when matched by name. */
    public static double rank(EventRow a, EventRow b) {
        if (a.latitude() != null && b.latitude() != null && a.longitude() != null && b.longitude() != null) {
            return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        }
        return 0;
    }

    /** The existing event updated with a new report of the same incident ({@code sourceCount} + 1). */
    public static EventRow merge(EventRow kept, EventRow incoming, java.time.Instant now) {
        EventRow in = !actorsAligned(kept, incoming) && actorsSwapped(kept, incoming) ? swap(incoming) : incoming;
        boolean morePrecise = in.geoPrecision() < kept.geoPrecision()
                && in.latitude() != null && in.longitude() != null;
        EventRow loc = morePrecise ? in : kept;
        boolean fill1 = unknown(kept.actor1(), kept.inter1()) && !unknown(in.actor1(), in.inter1());
        boolean fill2 = unknown(kept.actor2(), kept.inter2()) && !unknown(in.actor2(), in.inter2());
        String actor1 = fill1 || kept.actor1() == null ? in.actor1() : kept.actor1();
        int inter1 = fill1 || kept.actor1() == null ? in.inter1() : kept.inter1();
        String actor2 = fill2 || kept.actor2() == null ? in.actor2() : kept.actor2();
        int inter2 = fill2 || kept.actor2() == null ? in.inter2() : kept.inter2();
        Integer fatalities = lowest(kept.fatalities(), in.fatalities());
        String notes = kept.notes() == null || kept.notes().isBlank() ? in.notes() : kept.notes();
        if (!Objects.equals(fatalities, kept.fatalities()) && Objects.equals(fatalities, in.fatalities())) {
            notes = Notes.withTollOf(notes, in.notes()); // the figure is the new report's: so is its toll sentence
        }
        notes = Notes.withFatalities(notes, fatalities);
        return new EventRow(kept.id(), kept.family(), kept.eventDate(),
                Math.min(kept.timePrecision(), in.timePrecision()), kept.disorderType(), kept.eventType(),
                kept.subEventType(), actor1, union(kept.assocActor1(), in.assocActor1()), inter1,
                actor2, union(kept.assocActor2(), in.assocActor2()), inter2, Acled.interaction(inter1, inter2),
                kept.civilianTargeting() || in.civilianTargeting(), kept.attempted() && in.attempted(),
                kept.countryCode() != null ? kept.countryCode() : in.countryCode(),
                kept.country() != null ? kept.country() : in.country(),
                loc.admin1(), loc.admin2(), loc.admin3(), loc.location(), loc.locationAr(), loc.latitude(),
                loc.longitude(), loc.geoPrecision(), loc.gazetteerId(), fatalities,
                Math.max(kept.confidence(), in.confidence()), notes, kept.sourceCount() + 1, now, kept.sources());
    }

    /**
     * The lowest credible figure: the lowest positive toll any report gave (a report without deaths, 0, does
     * not contradict one that counts them); 0 when reports give only 0; null when none gives a figure.
     */
    static Integer lowest(Integer a, Integer b) {
        if (a == null || (a == 0 && b != null)) {
            return b;
        }
        if (b == null || b == 0) {
            return a;
        }
        return Math.min(a, b);
    }

    /**
     * The credible fatality figure of an incident from all its reports' figures: the lowest positive figure
     * that at least two reports give, when one does (so a single outlier cannot drag the toll down); else the
     * lowest positive figure; 0 when reports give only 0; null when none gives a figure.
     */
    public static Integer credibleFatalities(java.util.Collection<Integer> figures) {
        java.util.Map<Integer, Integer> support = new java.util.TreeMap<>();
        boolean anyZero = false;
        for (Integer f : figures) {
            if (f == null) {
                continue;
            }
            if (f <= 0) {
                anyZero = true;
            } else {
                support.merge(f, 1, Integer::sum);
            }
        }
        for (var e : support.entrySet()) {
            if (e.getValue() >= 2) {
                return e.getKey();
            }
        }
        if (!support.isEmpty()) {
            return support.keySet().iterator().next();
        }
        return anyZero ? 0 : null;
    }

    /** The merged event with its fatality figure recomputed from every report's figure. */
    public static EventRow withFatalities(EventRow r, Integer fatalities) {
        return new EventRow(r.id(), r.family(), r.eventDate(), r.timePrecision(), r.disorderType(), r.eventType(),
                r.subEventType(), r.actor1(), r.assocActor1(), r.inter1(), r.actor2(), r.assocActor2(), r.inter2(),
                r.interaction(), r.civilianTargeting(), r.attempted(), r.countryCode(), r.country(), r.admin1(),
                r.admin2(), r.admin3(), r.location(), r.locationAr(), r.latitude(), r.longitude(), r.geoPrecision(),
                r.gazetteerId(), fatalities, r.confidence(), Notes.withFatalities(r.notes(), fatalities), r.sourceCount(),
                r.updatedAt(), r.sources());
    }

    private static EventRow swap(EventRow r) {
        return new EventRow(r.id(), r.family(), r.eventDate(), r.timePrecision(), r.disorderType(), r.eventType(),
                r.subEventType(), r.actor2(), r.assocActor2(), r.inter2(), r.actor1(), r.assocActor1(), r.inter1(),
                r.interaction(), r.civilianTargeting(), r.attempted(), r.countryCode(), r.country(), r.admin1(),
                r.admin2(), r.admin3(), r.location(), r.locationAr(), r.latitude(), r.longitude(), r.geoPrecision(),
                r.gazetteerId(), r.fatalities(), r.confidence(), r.notes(), r.sourceCount(), r.updatedAt(), r.sources());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }
}
