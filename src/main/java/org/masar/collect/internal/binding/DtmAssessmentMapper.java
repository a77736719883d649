package org.masar.collect.internal.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.BindingService.TargetMapper;
import org.masar.collect.internal.BindingService.Unmappable;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionBindings.Mapped;
import org.masar.collect.internal.SubmissionBindings.Outcome;
import org.masar.collect.internal.SubmissionBindings.Stored;
import org.masar.dtm.Assessment;
import org.masar.dtm.AssessmentEntry;
import org.masar.dtm.Assessments;
import org.masar.dtm.FigureKey;
import org.masar.dtm.KeyInformant;
import org.masar.dtm.RoundId;
import org.masar.shared.InvalidFields;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code dtm-assessment}: a key-informant assessment of one unit in a round, through {@link Assessments#put} (which
 * replaces what the round's open version held for the unit). The mapping:
 *
 * <pre>{@code
 * {"round": {"value": "<round id>"} | "${round}",     required: the round's id
 *  "pcode": "${baladiya}",                             required: a baladiya's or muhalla's P-code
 *  "assessedOn": "${today}",                           optional
 *  "figures": {"idps.ind": "${idps_ind}", …},          required: figure keys, each a whole number
 *  "keyInformants": {"repeat": "${informants}", "role": "${ki_role}", "sex": "${ki_sex}",
 *                    "organisationType": "${ki_org}"}  optional: one informant per repeat instance
 *                 | [{"role": …, "sex": …, "organisationType": …}, …],
 *  "priorityNeeds": {"idps": "${idp_needs}", …}}       optional: a rank or select_multiple answer, most pressing first
 * }</pre>
 *
 * <p>An edit of a submission assesses its unit again, replacing the assessment: the unit's figures are those of the
 * latest version of the record (an edit that changes the unit leaves the first unit's assessment as it was).
 */
@Component
class DtmAssessmentMapper implements TargetMapper {

    static final String TARGET = "dtm-assessment";
    private static final List<String> INFORMANT = List.of("role", "sex", "organisationType");

    private final Assessments assessments;

    DtmAssessmentMapper(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema) {
        MappingCheck check = new MappingCheck(mapping, schema)
                .allow("round", "pcode", "assessedOn", "figures", "keyInformants", "priorityNeeds");
        if (!mapping.isObject()) {
            return check.errors();
        }
        check.source("round", true);
        check.constantMust("round", v -> v.isString() && uuid(v.asString()) != null);
        check.source("pcode", true);
        check.source("assessedOn", false);
        check.sources("figures", true, FigureKey::valid);
        check.sources("priorityNeeds", false, FigureKey.POPULATIONS::contains);
        JsonNode informants = mapping.get("keyInformants");
        if (informants != null && !informants.isNull()) {
            if (informants.isArray()) {
                for (int i = 0; i < informants.size(); i++) {
                    informant(check, informants.get(i), "mapping.keyInformants[" + i + "]", null);
                }
            } else if (informants.isObject() && informants.has("repeat")) {
                String repeat = check.repeat(informants.get("repeat"), "mapping.keyInformants.repeat");
                if (repeat != null) {
                    informant(check, informants, "mapping.keyInformants", repeat);
                }
            } else {
                check.error("mapping.keyInformants", MappingCheck.NOT_AN_OBJECT);
            }
        }
        return check.errors();
    }

    private static void informant(MappingCheck check, JsonNode informant, String where, @Nullable String repeat) {
        if (!informant.isObject()) {
            check.error(where, MappingCheck.NOT_AN_OBJECT);
            return;
        }
        for (Map.Entry<String, JsonNode> part : informant.properties()) {
            if (!INFORMANT.contains(part.getKey()) && !(repeat != null && "repeat".equals(part.getKey()))) {
                check.error(where + "." + part.getKey(), MappingCheck.UNKNOWN_KEY);
            } else if (!"repeat".equals(part.getKey())) {
                check.source(part.getValue(), where + "." + part.getKey(), repeat);
            }
        }
        for (String required : List.of("role", "organisationType")) {
            if (!informant.has(required)) {
                check.error(where + "." + required, MappingCheck.REQUIRED);
            }
        }
    }

    @Override
    public Outcome map(Stored submission, JsonNode mapping) {
        MappedAnswers answers = new MappedAnswers(submission);
        String roundText = answers.required("round", mapping.get("round"));
        UUID round = uuid(roundText);
        if (round == null) {
            throw new Unmappable("round: \"" + roundText + "\" is not a round's id");
        }
        String pcode = answers.required("pcode", mapping.get("pcode")).toUpperCase(Locale.ROOT);
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> figure : mapping.path("figures").properties()) {
            Long value = answers.whole("figures." + figure.getKey(), figure.getValue());
            if (value != null) {
                figures.put(figure.getKey(), value);
            }
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        JsonNode priorityNeeds = mapping.get("priorityNeeds");
        if (priorityNeeds != null && priorityNeeds.isObject()) {
            for (Map.Entry<String, JsonNode> need : priorityNeeds.properties()) {
                List<String> sectors = answers.list("priorityNeeds." + need.getKey(), need.getValue());
                if (!sectors.isEmpty()) {
                    needs.put(need.getKey(), sectors);
                }
            }
        }
        AssessmentEntry entry = new AssessmentEntry(
                answers.date("assessedOn", mapping.get("assessedOn")),
                figures,
                informants(answers, mapping.get("keyInformants")),
                needs);
        Assessment saved = assessments.put(new RoundId(round), pcode, entry);
        return new Mapped(TARGET, round + "/" + saved.pcode());
    }

    private static List<KeyInformant> informants(MappedAnswers answers, @Nullable JsonNode mapping) {
        List<KeyInformant> informants = new ArrayList<>();
        if (mapping == null || mapping.isNull()) {
            return informants;
        }
        if (mapping.isArray()) {
            for (JsonNode one : mapping) {
                informant(answers, one).ifPresent(informants::add);
            }
        } else {
            String repeat = Sources.repeat(
                            answers.schema(), mapping.get("repeat").asString())
                    .orElseThrow(() -> new Unmappable("keyInformants.repeat: the form version has no repeat "
                            + mapping.get("repeat").asString()));
            for (MappedAnswers instance : answers.instances(repeat)) {
                informant(instance, mapping).ifPresent(informants::add);
            }
        }
        return informants;
    }

    private static java.util.Optional<KeyInformant> informant(MappedAnswers answers, JsonNode mapping) {
        String role = answers.text("keyInformants.role", mapping.get("role"));
        String organisation = answers.text("keyInformants.organisationType", mapping.get("organisationType"));
        String sex = answers.text("keyInformants.sex", mapping.get("sex"));
        if (role == null && organisation == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new KeyInformant(
                role == null ? "" : role.toLowerCase(Locale.ROOT),
                Codes.sex(sex),
                organisation == null ? "" : organisation.toLowerCase(Locale.ROOT)));
    }

    static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
