package org.masar.collect.internal.binding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.BindingService.TargetMapper;
import org.masar.collect.internal.BindingService.Unmappable;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionBindings.Mapped;
import org.masar.collect.internal.SubmissionBindings.Outcome;
import org.masar.collect.internal.SubmissionBindings.Stored;
import org.masar.geo.SiteId;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.People;
import org.masar.people.PersonDetails;
import org.masar.people.PersonId;
import org.masar.people.PersonNames;
import org.masar.people.PersonRecord;
import org.masar.people.PopulationGroup;
import org.masar.people.Registration;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code people-registration}: a new person, through {@link People#register}, so that duplicate detection runs as for
 * any registration (likely duplicates are recorded for a supervisor's review; a registration is never refused for
 * resembling someone). The mapping, every key a source and all optional but {@code sex} and one name part:
 *
 * <pre>{@code
 * {"givenNameAr", "givenNameLat", "fatherNameAr", "fatherNameLat", "grandfatherNameAr", "grandfatherNameLat",
 *  "familyNameAr", "familyNameLat",
 *  "sex",               m / f (male, female)
 *  "dateOfBirth", "estimatedAge",
 *  "nationality",       ISO 3166-1 alpha-3
 *  "populationGroup",   migrant, idp, returnee, host
 *  "languages",         a select_multiple of ISO 639 codes
 *  "phone",
 *  "documentType", "documentNumber", "documentCountry",
 *  "baladiya",          a P-code
 *  "site"}              a site's id
 * }</pre>
 *
 * <p>An edit of a submission whose record already registered a person corrects that person ({@link People#correct},
 * which needs {@code people:edit}) rather than registering a second one; the person's history keeps what the first
 * version said.
 */
@Component
class PeopleRegistrationMapper implements TargetMapper {

    static final String TARGET = "people-registration";

    private static final List<String> NAMES = List.of(
            "givenNameAr",
            "givenNameLat",
            "fatherNameAr",
            "fatherNameLat",
            "grandfatherNameAr",
            "grandfatherNameLat",
            "familyNameAr",
            "familyNameLat");
    private static final List<String> OTHERS = List.of(
            "sex",
            "dateOfBirth",
            "estimatedAge",
            "nationality",
            "populationGroup",
            "languages",
            "phone",
            "documentType",
            "documentNumber",
            "documentCountry",
            "baladiya",
            "site");

    private final People people;
    private final PreviousMapping previous;
    private final Clock clock;

    PeopleRegistrationMapper(People people, PreviousMapping previous, Clock clock) {
        this.people = people;
        this.previous = previous;
        this.clock = clock;
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema) {
        List<String> keys = new ArrayList<>(NAMES);
        keys.addAll(OTHERS);
        MappingCheck check = new MappingCheck(mapping, schema).allow(keys.toArray(String[]::new));
        if (!mapping.isObject()) {
            return check.errors();
        }
        for (String key : keys) {
            check.source(key, "sex".equals(key));
        }
        if (NAMES.stream().noneMatch(mapping::has)) {
            check.error("mapping.givenNameAr", MappingCheck.REQUIRED);
        }
        check.constantMust("sex", v -> sex(v.asString()) != null);
        check.constantMust("populationGroup", v -> group(v.asString()) != null);
        check.constantMust("documentType", v -> documentType(v.asString()) != null);
        if (mapping.has("documentNumber") != mapping.has("documentType")) {
            check.error(
                    mapping.has("documentType") ? "mapping.documentNumber" : "mapping.documentType",
                    MappingCheck.REQUIRED);
        }
        return check.errors();
    }

    @Override
    public Outcome map(Stored submission, JsonNode mapping) {
        PersonDetails details = details(new MappedAnswers(submission), mapping);
        Optional<String> registered = previous.of(submission, TARGET);
        if (registered.isPresent()) {
            PersonId person = people.current(new PersonId(UUID.fromString(registered.get())));
            PersonRecord record = people.get(person);
            people.correct(person, record.version(), details);
            return new Mapped(TARGET, person.toString());
        }
        Registration registration = people.register(details);
        return new Mapped(TARGET, registration.id().toString());
    }

    private PersonDetails details(MappedAnswers answers, JsonNode mapping) {
        String sexText = answers.text("sex", mapping.get("sex"));
        Sex sex = sexText == null ? null : sex(sexText);
        if (sexText != null && sex == null) {
            throw new Unmappable("sex: \"" + sexText + "\" is neither m nor f");
        }
        String groupText = answers.text("populationGroup", mapping.get("populationGroup"));
        PopulationGroup group = groupText == null ? null : group(groupText);
        if (groupText != null && group == null) {
            throw new Unmappable("populationGroup: \"" + groupText + "\" is none of migrant, idp, returnee, host");
        }
        Long age = answers.whole("estimatedAge", mapping.get("estimatedAge"));
        List<IdentityDocument> documents = new ArrayList<>();
        String documentNumber = answers.text("documentNumber", mapping.get("documentNumber"));
        if (documentNumber != null) {
            String typeText = answers.required("documentType", mapping.get("documentType"));
            DocumentType type = documentType(typeText);
            if (type == null) {
                throw new Unmappable("documentType: \"" + typeText + "\" is not a document type");
            }
            documents.add(new IdentityDocument(
                    type,
                    documentNumber,
                    upper(answers.text("documentCountry", mapping.get("documentCountry"))),
                    null));
        }
        String phone = answers.text("phone", mapping.get("phone"));
        String site = answers.text("site", mapping.get("site"));
        UUID siteId = site == null ? null : DtmAssessmentMapper.uuid(site);
        if (site != null && siteId == null) {
            throw new Unmappable("site: \"" + site + "\" is not a site's id");
        }
        return new PersonDetails(
                new PersonNames(
                        part(answers, mapping, "givenName"),
                        part(answers, mapping, "fatherName"),
                        part(answers, mapping, "grandfatherName"),
                        part(answers, mapping, "familyName")),
                sex,
                answers.date("dateOfBirth", mapping.get("dateOfBirth")),
                age == null ? null : Math.toIntExact(Math.min(age, 200)),
                age == null ? null : MissionTime.today(clock),
                upper(answers.text("nationality", mapping.get("nationality"))),
                group,
                answers.list("languages", mapping.get("languages")).stream()
                        .map(l -> l.toLowerCase(Locale.ROOT))
                        .toList(),
                phone == null ? List.of() : List.of(phone),
                documents,
                upper(answers.text("baladiya", mapping.get("baladiya"))),
                siteId == null ? null : new SiteId(siteId));
    }

    private static NamePart part(MappedAnswers answers, JsonNode mapping, String name) {
        return new NamePart(
                answers.text(name + "Ar", mapping.get(name + "Ar")),
                answers.text(name + "Lat", mapping.get(name + "Lat")));
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    static @Nullable Sex sex(String text) {
        String code = Codes.sex(text);
        return "f".equals(code) ? Sex.F : "m".equals(code) ? Sex.M : null;
    }

    static @Nullable PopulationGroup group(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        for (PopulationGroup group : PopulationGroup.values()) {
            if (group.code().equals(code)) {
                return group;
            }
        }
        return null;
    }

    static @Nullable DocumentType documentType(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (DocumentType type : DocumentType.values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        return null;
    }
}
