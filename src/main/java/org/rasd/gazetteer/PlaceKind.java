package org.rasd.gazetteer;

/** What a gazetteer entry is. Order matters only for display. */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, ADMIN3, CITY, TOWN, VILLAGE, NEIGHBOURHOOD, FEATURE;

    /** The geo_precision an event located at this place gets when nothing else is said. */
    public int basePrecision() {
        return switch (this) {
            case COUNTRY, ADMIN1 -> 3;
            case ADMIN2, ADMIN3 -> 2;
            default -> 1;
        };
    }

    public boolean isAdmin() {
        return this == COUNTRY || this == ADMIN1 || this == ADMIN2 || this == ADMIN3;
    }

    public boolean isSettlement() {
        return this == CITY || this == TOWN || this == VILLAGE || this == NEIGHBOURHOOD;
    }

    /** Lenient parse ("city", "CITY", "town"…); unknown values give FEATURE. */
    public static PlaceKind parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FEATURE;
        }
    }
}
