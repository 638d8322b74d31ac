package org.rasd.model;

/**
 * ACLED location fields. {@code geoPrecision}: 1 the town itself, 2 near a town or part of a region,
 * 3 only a region/governorate/country.
 */
public record Location(String name, String nameAr, String country, String admin1, String admin2, String admin3,
                       Double lat, Double lon, int geoPrecision, String gazetteerId) {
}
