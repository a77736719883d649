package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.ODK;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ORX;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.PARAMETERS;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.w3c.dom.Element;

/**
 * The {@code parameters} column: read as {@code key=value} pairs, checked against the keys each question type accepts,
 * and written on the control (range start/end/step, image max-pixels and app, audio quality, geopoint accuracies,
 * geotrace and geoshape options).
 */
final class XlsFormParameters {

    private final XlsFormErrors errors;

    XlsFormParameters(XlsFormErrors errors) {
        this.errors = errors;
    }

    Map<String, String> parameters(Node node) {
        String text = node.cell("parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return parameters;
        }
        for (String part : text.strip().split("[\\s,;]+(?=[\\w-]+\\s*=)")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank()) {
                errors.error(
                        SURVEY,
                        node.row,
                        "The 'parameters' value is invalid. Parameters must be in the form of"
                                + " 'key1=value1 key2=value2'.");
                return parameters;
            }
            parameters.put(
                    pair[0].strip().toLowerCase(Locale.ROOT), pair[1].strip().replaceAll("[,;]$", ""));
        }
        return parameters;
    }

    void parameters(Node node, Element control) {
        Map<String, String> parameters = parameters(node);
        Set<String> accepted = PARAMETERS.getOrDefault(node.type, Set.of());
        List<String> rejected = parameters.keySet().stream()
                .filter(key -> !accepted.contains(key))
                .sorted()
                .toList();
        if (!rejected.isEmpty()) {
            errors.error(
                    SURVEY,
                    node.row,
                    "The 'parameters' value is invalid. The accepted parameter keys for this question type are '"
                            + String.join(", ", new TreeSet<>(accepted)) + "'. The following are invalid parameter"
                            + " key(s): '" + String.join(", ", rejected) + "'.");
        }
        switch (node.type) {
            case "range" -> {
                for (String key : List.of("start", "end", "step")) {
                    String value = parameters.getOrDefault(key, key.equals("end") ? "10" : "1");
                    try {
                        Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        errors.error(
                                SURVEY,
                                node.row,
                                "The 'parameters' value is invalid. For the 'range' question type, the" + " parameter '"
                                        + key + "' must be a number.");
                    }
                    control.setAttribute(key, value);
                }
            }
            case "image" -> {
                String pixels = parameters.get("max-pixels");
                if (pixels != null) {
                    if (!pixels.matches("\\d+")) {
                        errors.error(SURVEY, node.row, "The max-pixels parameter must be a whole number.");
                    }
                    control.setAttributeNS(ORX, "orx:max-pixels", pixels);
                }
                if (parameters.containsKey("app")) {
                    control.setAttribute("intent", parameters.get("app"));
                }
            }
            case "audio" -> {
                String quality = parameters.get("quality");
                if (quality != null) {
                    if (!Set.of("voice-only", "low", "normal", "external").contains(quality)) {
                        errors.error(
                                SURVEY,
                                node.row,
                                "The audio quality '" + quality + "' is not one of voice-only, low,"
                                        + " normal, external.");
                    }
                    control.setAttributeNS(ODK, "odk:quality", quality);
                }
            }
            case "geopoint" -> {
                number(node, parameters, "capture-accuracy", control, "accuracyThreshold");
                number(node, parameters, "warning-accuracy", control, "unacceptableAccuracyThreshold");
                if (yes(parameters.getOrDefault("allow-mock-accuracy", "no"))) {
                    control.setAttributeNS(ODK, "odk:allow-mock-accuracy", "true");
                }
            }
            case "geotrace", "geoshape" -> {
                if (yes(parameters.getOrDefault("allow-mock-accuracy", "no"))) {
                    control.setAttributeNS(ODK, "odk:allow-mock-accuracy", "true");
                }
                String incremental = parameters.get("incremental");
                if (incremental != null) {
                    if (incremental.equals("true")) {
                        control.setAttributeNS(ODK, "odk:incremental", "true");
                    } else {
                        errors.error(
                                SURVEY,
                                node.row,
                                "The 'parameters' value is invalid. For geoshape and geotrace"
                                        + " questions, the 'incremental' parameter may either be 'true' or not included.");
                    }
                }
            }
            default -> {}
        }
    }

    private void number(Node node, Map<String, String> parameters, String key, Element control, String attribute) {
        String value = parameters.get(key);
        if (value == null) {
            return;
        }
        try {
            Double.parseDouble(value);
            control.setAttribute(attribute, value);
        } catch (NumberFormatException e) {
            errors.error(
                    SURVEY,
                    node.row,
                    "The 'parameters' value is invalid. The '" + key + "' parameter must have a" + " numeric value.");
        }
    }
}
