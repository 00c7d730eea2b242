package io.newsflow.tagger.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The likely points of an article's place names in cells of a few degrees, so that how near a candidate
 * lies to the other names costs a look at the cells around it rather than at every other name. The
 * look is capped at {@link #MAX_SCANNED} points, which bounds the cost for an article that names
 * thousands of places in one area; ordinary articles stay well under it and get the exact sum.
 */
final class NearbyPoints {

    static final int MAX_SCANNED = 256;
    private static final double CELL_DEGREES = 3.0;
    private static final double KM_PER_DEGREE = 111.2;

    private record Point(int owner, double lat, double lon, double weight) {
    }

    private final Map<Long, List<Point>> cells = new HashMap<>();
    private final double radiusKm;

    NearbyPoints(final double radiusKm) {
        this.radiusKm = radiusKm;
    }

    /** Adds a point of name {@code owner} with the given weight. */
    void add(final int owner, final double lat, final double lon, final double weight) {
        cells.computeIfAbsent(key(cell(lat), cell(lon)), k -> new ArrayList<>()).add(new Point(owner, lat, lon, weight));
    }

    /**
     * The sum over the points of names other than {@code owner} within the radius of their weight times
     * (1 - distance / radius).
     */
    double support(final int owner, final double lat, final double lon) {
        final int latCell = cell(lat);
        final int lonCell = cell(lon);
        // Longitude cells shrink towards the poles: look far enough east and west to cover the radius.
        final double cos = Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + CELL_DEGREES))));
        final int lonSpan = Math.min(60, (int) Math.ceil(radiusKm / (KM_PER_DEGREE * cos) / CELL_DEGREES));
        final int latSpan = (int) Math.ceil(radiusKm / KM_PER_DEGREE / CELL_DEGREES);
        final double maxDegrees = radiusKm / KM_PER_DEGREE;
        final double lonScale = Math.cos(Math.toRadians(lat));
        double support = 0;
        int scanned = 0;
        for (int dy = -latSpan; dy <= latSpan; dy++) {
            for (int dx = -lonSpan; dx <= lonSpan; dx++) {
                final List<Point> points = cells.get(key(latCell + dy, Math.floorMod(lonCell + dx, cellsAround())));
                if (points == null) {
                    continue;
                }
                for (Point p : points) {
                    if (++scanned > MAX_SCANNED) {
                        return support;
                    }
                    if (p.owner == owner) {
                        continue;
                    }
                    final double dLat = p.lat - lat;
                    if (Math.abs(dLat) >= maxDegrees) {
                        continue;
                    }
                    // Within a few hundred kilometres the flat-earth distance is within a percent of the
                    // great-circle one, at a fraction of its cost.
                    double dLon = Math.abs(p.lon - lon);
                    dLon = Math.min(dLon, 360 - dLon) * lonScale;
                    final double km = KM_PER_DEGREE * Math.sqrt(dLat * dLat + dLon * dLon);
                    if (km < radiusKm) {
                        support += p.weight * (1 - km / radiusKm);
                    }
                }
            }
        }
        return support;
    }

    private static int cellsAround() {
        return (int) Math.round(360 / CELL_DEGREES);
    }

    private static int cell(final double degrees) {
        return (int) Math.floor((degrees + 180) / CELL_DEGREES);
    }

    private static long key(final int latCell, final int lonCell) {
        return ((long) latCell << 32) | (lonCell & 0xffffffffL);
    }
}
