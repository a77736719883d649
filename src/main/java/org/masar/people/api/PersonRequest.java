package org.masar.people.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.masar.people.InvalidField;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;

/**
 * A person as the API takes it (to register, to check for duplicates, to correct). Every field but {@code sex} and one
 * name part may be absent. Coded values arrive as text so that a wrong one is named as a field in error, like any other.
 *
 * @param sex M or F
 * @param ageEstimatedOn the day {@code estimatedAge} was estimated; the day of the request when an age comes without it
 * @param nationality ISO 3166-1 alpha-3
 * @param populationGroup migrant, idp, returnee or host
 * @param phones in whatever format they were given
 * @param baladiya a baladiya's P-code
 * @param site a site's id
 */
record PersonRequest(
        @Nullable NamePartJson givenName,
        @Nullable NamePartJson fatherName,
        @Nullable NamePartJson grandfatherName,
        @Nullable NamePartJson familyName,
        @Nullable String sex,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer estimatedAge,
        @Nullable LocalDate ageEstimatedOn,
        @Nullable String nationality,
        @Nullable String populationGroup,
        @Nullable List<String> languages,
        @Nullable List<String> phones,
        @Nullable List<DocumentJson> documents,
        @Nullable String baladiya,
        @Nullable String site) {

    /** The details this request gives, with the coded values it gets wrong. */
    record Read(PersonDetails details, List<InvalidField> errors) {}

    /** The details, an estimated age without its day taken as estimated {@code today}. */
    Read read(LocalDate today) {
        List<InvalidField> errors = new ArrayList<>();
        Sex readSex = null;
        if (sex != null) {
            try {
                readSex = Sex.valueOf(upper(sex));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidField("sex", "unknown-sex"));
            }
        }
        PopulationGroup group = null;
        if (populationGroup != null) {
            try {
                group = PopulationGroup.valueOf(upper(populationGroup));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidField("populationGroup", "unknown-population-group"));
            }
        }
        List<IdentityDocument> docs = new ArrayList<>();
        List<DocumentJson> given = documents == null ? List.of() : documents;
        for (int i = 0; i < given.size(); i++) {
            DocumentJson document = given.get(i);
            if (document == null) {
                errors.add(new InvalidField("documents[" + i + "]", "required"));
                continue;
            }
            DocumentType type = null;
            if (document.type() == null) {
                errors.add(new InvalidField("documents[" + i + "].type", "required"));
            } else {
                try {
                    type = DocumentType.valueOf(upper(document.type()));
                } catch (IllegalArgumentException unknown) {
                    errors.add(new InvalidField("documents[" + i + "].type", "unknown-document-type"));
                }
            }
            if (document.number() == null) {
                errors.add(new InvalidField("documents[" + i + "].number", "required"));
            }
            if (type != null && document.number() != null) {
                docs.add(new IdentityDocument(
                        type,
                        document.number(),
                        document.issuingCountry() == null ? null : upper(document.issuingCountry()),
                        document.expiresOn()));
            }
        }
        SiteId siteId = null;
        if (site != null) {
            try {
                siteId = new SiteId(java.util.UUID.fromString(site.strip()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(new InvalidField("site", "unknown-site"));
            }
        }
        List<String> languageList = languages == null ? List.of() : languages;
        List<String> phoneList = phones == null ? List.of() : phones;
        if (languageList.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new InvalidField("languages", "required"));
        }
        if (phoneList.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new InvalidField("phones", "required"));
        }
        PersonDetails details = new PersonDetails(
                new PersonNames(part(givenName), part(fatherName), part(grandfatherName), part(familyName)),
                readSex,
                dateOfBirth,
                estimatedAge,
                estimatedAge != null && ageEstimatedOn == null ? today : ageEstimatedOn,
                nationality == null ? null : upper(nationality),
                group,
                languageList.stream().filter(java.util.Objects::nonNull).toList(),
                phoneList.stream().filter(java.util.Objects::nonNull).toList(),
                docs,
                baladiya,
                siteId);
        return new Read(details, errors);
    }

    private static NamePart part(@Nullable NamePartJson json) {
        return json == null ? NamePart.NONE : json.toPart();
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
