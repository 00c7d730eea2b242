package io.newsflow.tagger.geo;

/**
 * One place of the gazetteer. {@code kind} is {@link #COUNTRY}, {@link #DIVISION} (a state, province,
 * county...), {@link #REGION} (continents, regions, seas) or {@link #TOWN} (a populated place).
 * {@code geonameId} and {@code population} are 0 where the source has none.
 */
public record GazetteerEntry(
        char kind,
        long geonameId,
        String name,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        double lat,
        double lon,
        long population) {

    public static final char COUNTRY = 'C';
    public static final char DIVISION = 'A';
    public static final char REGION = 'L';
    public static final char TOWN = 'P';

    /** The key of its first-level division, "US.TX", or null. */
    public String admin1Key() {
        return admin1Code.isEmpty() || countryCode.isEmpty() ? null : countryCode + "." + admin1Code;
    }

    public boolean isFirstLevelDivision() {
        return kind == DIVISION && "ADM1".equals(featureCode);
    }

    /** Great-circle distance in kilometres. */
    public static double distanceKm(final double lat1, final double lon1, final double lat2, final double lon2) {
        final double p1 = Math.toRadians(lat1);
        final double p2 = Math.toRadians(lat2);
        final double dp = p2 - p1;
        final double dl = Math.toRadians(lon2 - lon1);
        final double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
