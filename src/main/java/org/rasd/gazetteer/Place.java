package org.rasd.gazetteer;

/**
 * One gazetteer entry. {@code id} is "wof:123", "gn:456", "osy:SY0200" (Open-Syria p-code), "cty:SY" or
 * "extra:…"; {@code name} is the English (GeoNames/WOF) spelling, {@code nameAr} the main Arabic name;
 * admin names are English and may be null; {@code population} is 0 when unknown.
 */
public record Place(String id, String name, String nameAr, String country, String admin1, String admin2,
                    String admin3, double lat, double lon, PlaceKind kind, long population) {

    /** Great-circle distance in km. */
    public double distanceKm(Place o) {
        return distanceKm(lat, lon, o.lat, o.lon);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
