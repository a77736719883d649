package org.masar.geo;

/**
 * A point in WGS84 degrees that lies within Libya's bounding box.
 *
 * <p>The box is that of the geoBoundaries shapes the map draws, rounded outwards to two decimals: latitude
 * {@value #MIN_LATITUDE}..{@value #MAX_LATITUDE}, longitude {@value #MIN_LONGITUDE}..{@value #MAX_LONGITUDE}. The
 * database checks the same bounds.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Coordinates(double latitude, double longitude) {

    public static final String MIN_LATITUDE = "19.50";
    public static final String MAX_LATITUDE = "33.17";
    public static final String MIN_LONGITUDE = "9.38";
    public static final String MAX_LONGITUDE = "25.16";

    public Coordinates {
        if (!within(latitude, MIN_LATITUDE, MAX_LATITUDE) || !within(longitude, MIN_LONGITUDE, MAX_LONGITUDE)) {
            throw new CoordinatesOutsideLibya(latitude, longitude);
        }
        // Stored with six decimals (about 0.1 m): keep the same precision here, so that equal points compare equal.
        latitude = Math.round(latitude * 1e6) / 1e6;
        longitude = Math.round(longitude * 1e6) / 1e6;
    }

    private static boolean within(double value, String min, String max) {
        // Written so that NaN is outside too.
        return value >= Double.parseDouble(min) && value <= Double.parseDouble(max);
    }
}
