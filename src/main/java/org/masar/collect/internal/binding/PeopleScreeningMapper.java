package org.masar.collect.internal.binding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masar.collect.internal.BindingService.TargetMapper;
import org.masar.collect.internal.BindingService.Unmappable;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionBindings.Mapped;
import org.masar.collect.internal.SubmissionBindings.Outcome;
import org.masar.collect.internal.SubmissionBindings.Stored;
import org.masar.people.People;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonSummary;
import org.masar.people.Screening;
import org.masar.people.ScreeningVersion;
import org.masar.people.ScreeningVersionId;
import org.masar.people.Screenings;
import org.masar.shared.InvalidFields;
import org.masar.shared.Paging;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code people-screening}: a person's vulnerability screening, through {@link Screenings#screen} against the current
 * version of the questionnaire. The person is found by the registration number the form asked for, within the
 * submitter's scopes ({@link People#search}). The mapping:
 *
 * <pre>{@code
 * {"registrationNumber": "${reg_no}",                        required
 *  "version": {"value": "<screening version id>"},          optional: the current version when absent
 *  "answers": {"<question id>": "${field}", …}}              required: the screening's questions
 * }</pre>
 *
 * Each answer takes the type the questionnaire's answer schema gives its question: yes/no questions read {@code yes}
 * / {@code no} (or {@code true}/{@code 1}…), integers whole numbers, multiple choices a select_multiple's list.
 *
 * <p>A screening is a moment's record and a person's history keeps every one: an edit of a submission records a new
 * screening, which becomes the person's latest; the screening the first version made stays in the history.
 */
@Component
class PeopleScreeningMapper implements TargetMapper {

    static final String TARGET = "people-screening";

    private final People people;
    private final Screenings screenings;

    PeopleScreeningMapper(People people, Screenings screenings) {
        this.people = people;
        this.screenings = screenings;
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema) {
        MappingCheck check = new MappingCheck(mapping, schema).allow("registrationNumber", "version", "answers");
        if (!mapping.isObject()) {
            return check.errors();
        }
        check.source("registrationNumber", true);
        check.sources("answers", true, key -> !key.isBlank());
        JsonNode version = mapping.get("version");
        if (version != null
                && !(Sources.constant(version)
                        && version.get("value").isString()
                        && DtmAssessmentMapper.uuid(version.get("value").asString()) != null)) {
            check.error("mapping.version", MappingCheck.BAD_VALUE);
        }
        return check.errors();
    }

    @Override
    public Outcome map(Stored submission, JsonNode mapping) {
        MappedAnswers answers = new MappedAnswers(submission);
        String number = answers.required("registrationNumber", mapping.get("registrationNumber"));
        PersonId person = person(number);
        JsonNode pinned = mapping.get("version");
        ScreeningVersion version = pinned == null
                ? screenings.current()
                : screenings.version(new ScreeningVersionId(
                        UUID.fromString(pinned.get("value").asString())));
        JsonNode properties = version.answerSchema().path("properties");
        ObjectNode given = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> answer : mapping.path("answers").properties()) {
            JsonNode value = answers.json(
                    "answers." + answer.getKey(), answer.getValue(), AnswerTypes.of(properties.path(answer.getKey())));
            if (value != null) {
                given.set(answer.getKey(), value);
            }
        }
        Screening screening = screenings.screen(person, version.id(), given);
        return new Mapped(TARGET, screening.id().toString());
    }

    private PersonId person(String number) {
        StringBuilder read = new StringBuilder();
        number.codePoints().filter(Character::isDigit).forEach(c -> read.append(Character.digit(c, 10)));
        String digits = read.toString();
        if (digits.length() < 6 || digits.length() > 12 || number.codePoints().anyMatch(Character::isLetter)) {
            throw new Unmappable("registrationNumber: \"" + number + "\" is not a registration number");
        }
        List<PersonSummary> found =
                people.search(new PersonFilter(digits, null, null, null, null, null), Paging.first(5)).items().stream()
                        .filter(p -> p.registrationNumber().equals(digits))
                        .toList();
        if (found.isEmpty()) {
            throw new Unmappable("registrationNumber: no person " + digits + " within the submitter's scopes");
        }
        return found.getFirst().id();
    }
}
