package org.masar.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.masar.geo.AdminLevel;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The geoBoundaries shapes of the 3 regions and 22 mantika (CC BY 3.0 IGO), served with the gazetteer's current
 * English and Arabic names and, for mantika, the computed label point of {@code libya-adm2-centroids.csv}.
 *
 * <p>The shapes are read once from the classpath; the names are read from the database on each call, so that a renamed
 * unit shows its new name.
 */
@Component
class Boundaries {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JsonNode regions;
    private final JsonNode mantika;
    private final Map<String, double[]> labelPoints;

    Boundaries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.regions = read("geo/libya-adm1.geojson");
        this.mantika = read("geo/libya-adm2.geojson");
        this.labelPoints = labelPoints("geo/libya-adm2-centroids.csv");
    }

    String featureCollection(AdminLevel level) {
        JsonNode shapes = switch (level) {
            case REGION -> regions;
            case MANTIKA -> mantika;
            default -> throw new IllegalArgumentException("Only regions and mantika have shapes: " + level);
        };
        String table = level == AdminLevel.REGION ? "geo_region" : "geo_mantika";
        Map<String, String[]> names = new HashMap<>();
        // The table name is one of two constants, never input.
        jdbc.sql("SELECT pcode, name_en, name_ar FROM " + table).query(row -> {
            names.put(row.getString("pcode"), new String[] {row.getString("name_en"), row.getString("name_ar")});
        });
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        var features = collection.putArray("features");
        for (JsonNode source : shapes.get("features")) {
            ObjectNode feature = (ObjectNode) source.deepCopy();
            ObjectNode properties = (ObjectNode) feature.get("properties");
            String pcode = properties.get("pcode").asString();
            String[] name = names.get(pcode);
            if (name != null) {
                properties.put("nameEn", name[0]);
                properties.put("nameAr", name[1]);
            }
            double[] label = labelPoints.get(pcode);
            if (label != null) {
                properties.put("labelLat", label[0]);
                properties.put("labelLon", label[1]);
            }
            features.add(feature);
        }
        return json.writeValueAsString(collection);
    }

    private JsonNode read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, double[]> labelPoints(String path) {
        Map<String, double[]> points = new HashMap<>();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                points.put(
                        row.get("pcode"),
                        new double[] {Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(points);
    }
}
