package org.masar.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.PersonRecord;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The registration and correction form of a person. Its properties are named as the API's person JSON names its fields
 * ({@code givenName.ar}, {@code documents[0].number}), so that the face's refusals land on the field they concern; the
 * face does all the checking.
 */
public class PersonForm {

    /** Rows of phones and documents the form shows at least, so there is always one to fill in. */
    static final int MIN_PHONES = 1;

    static final int MIN_DOCUMENTS = 1;

    private static final Pattern ROW = Pattern.compile("^(phones|documents)\\[(\\d+)](.*)$");

    private NamePartForm givenName = new NamePartForm();
    private NamePartForm fatherName = new NamePartForm();
    private NamePartForm grandfatherName = new NamePartForm();
    private NamePartForm familyName = new NamePartForm();
    private @Nullable Sex sex;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dateOfBirth;

    private @Nullable Integer estimatedAge;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate ageEstimatedOn;

    private @Nullable String nationality;
    private @Nullable PopulationGroup populationGroup;
    private List<String> languages = new ArrayList<>();
    private List<String> phones = new ArrayList<>();
    private List<DocumentForm> documents = new ArrayList<>();
    private @Nullable String baladiya;
    private @Nullable String site;
    private int version;

    /** An empty form. */
    public PersonForm() {}

    /** An empty registration form; an age estimated is estimated today unless the user says otherwise. */
    static PersonForm empty(LocalDate today) {
        PersonForm form = new PersonForm();
        form.ageEstimatedOn = today;
        return form.withRows();
    }

    /** The form filled with a person's current details, to correct them. */
    static PersonForm of(PersonRecord person, LocalDate today) {
        PersonDetails details = person.details();
        PersonForm form = new PersonForm();
        form.givenName = NamePartForm.of(details.names().given());
        form.fatherName = NamePartForm.of(details.names().father());
        form.grandfatherName = NamePartForm.of(details.names().grandfather());
        form.familyName = NamePartForm.of(details.names().family());
        form.sex = details.sex();
        form.dateOfBirth = details.dateOfBirth();
        form.estimatedAge = details.estimatedAge();
        form.ageEstimatedOn = details.ageEstimatedOn() == null ? today : details.ageEstimatedOn();
        form.nationality = details.nationality();
        form.populationGroup = details.populationGroup();
        form.languages = new ArrayList<>(details.languages());
        form.phones = new ArrayList<>(details.phones());
        form.documents = new ArrayList<>(
                details.documents().stream().map(DocumentForm::of).toList());
        form.baladiya = details.baladiya();
        form.site = details.site() == null ? null : details.site().toString();
        form.version = person.version();
        return form.withRows();
    }

    /** The form with at least one phone and one document row to fill in. */
    PersonForm withRows() {
        while (phones.size() < MIN_PHONES) {
            phones.add("");
        }
        while (documents.size() < MIN_DOCUMENTS) {
            documents.add(new DocumentForm());
        }
        return this;
    }

    /**
     * What the user entered, as the face takes it: empty rows left out, an estimate only without a date of birth and
     * its date only with an estimate.
     *
     * @throws org.masar.geo.SiteNotFound when the site chosen is not a site id (a tampered form)
     */
    PersonDetails toDetails() {
        return new PersonDetails(
                new PersonNames(givenName.toPart(), fatherName.toPart(), grandfatherName.toPart(), familyName.toPart()),
                sex,
                dateOfBirth,
                // A date of birth replaces an estimate: the correction form still shows the old estimate beside it.
                dateOfBirth == null ? estimatedAge : null,
                dateOfBirth == null && estimatedAge != null ? ageEstimatedOn : null,
                blankToNull(nationality),
                populationGroup,
                languages.stream().filter(code -> !code.isBlank()).toList(),
                filledPhoneRows().stream().map(row -> phones.get(row).strip()).toList(),
                filledDocumentRows().stream()
                        .map(row -> documents.get(row).toDocument())
                        .toList(),
                blankToNull(baladiya),
                site == null || site.isBlank() ? null : SiteId.parse(site));
    }

    /**
     * The form's property for a field the face named by its path in the person JSON: rows are numbered among those
     * filled in, the form numbers all of them.
     */
    String propertyOf(String field) {
        Matcher row = ROW.matcher(field);
        if (!row.matches()) {
            return field;
        }
        List<Integer> rows = row.group(1).equals("phones") ? filledPhoneRows() : filledDocumentRows();
        int index = Integer.parseInt(row.group(2));
        return index < rows.size() ? row.group(1) + "[" + rows.get(index) + "]" + row.group(3) : row.group(1);
    }

    /**
     * Puts the face's refusals on the fields they concern, each once, after any the binding found (a date that is no
     * date); a field this form does not have is shown above the form.
     */
    void reject(InvalidFields refused, BindingResult errors) {
        for (InvalidFields.Field field : refused.fields()) {
            String property = propertyOf(field.field());
            if (errors.hasFieldErrors(property)) {
                continue;
            }
            try {
                errors.rejectValue(property, field.code());
            } catch (InvalidPropertyException notOnTheForm) {
                errors.reject(field.code());
            }
        }
    }

    private List<Integer> filledPhoneRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i) != null && !phones.get(i).isBlank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private List<Integer> filledDocumentRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) != null && !documents.get(i).isEmpty()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public NamePartForm getGivenName() {
        return givenName;
    }

    public void setGivenName(NamePartForm givenName) {
        this.givenName = givenName;
    }

    public NamePartForm getFatherName() {
        return fatherName;
    }

    public void setFatherName(NamePartForm fatherName) {
        this.fatherName = fatherName;
    }

    public NamePartForm getGrandfatherName() {
        return grandfatherName;
    }

    public void setGrandfatherName(NamePartForm grandfatherName) {
        this.grandfatherName = grandfatherName;
    }

    public NamePartForm getFamilyName() {
        return familyName;
    }

    public void setFamilyName(NamePartForm familyName) {
        this.familyName = familyName;
    }

    public @Nullable Sex getSex() {
        return sex;
    }

    public void setSex(@Nullable Sex sex) {
        this.sex = sex;
    }

    public @Nullable LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public @Nullable Integer getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(@Nullable Integer estimatedAge) {
        this.estimatedAge = estimatedAge;
    }

    public @Nullable LocalDate getAgeEstimatedOn() {
        return ageEstimatedOn;
    }

    public void setAgeEstimatedOn(@Nullable LocalDate ageEstimatedOn) {
        this.ageEstimatedOn = ageEstimatedOn;
    }

    public @Nullable String getNationality() {
        return nationality;
    }

    public void setNationality(@Nullable String nationality) {
        this.nationality = nationality;
    }

    public @Nullable PopulationGroup getPopulationGroup() {
        return populationGroup;
    }

    public void setPopulationGroup(@Nullable PopulationGroup populationGroup) {
        this.populationGroup = populationGroup;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(@Nullable List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }

    public List<DocumentForm> getDocuments() {
        return documents;
    }

    public void setDocuments(@Nullable List<DocumentForm> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }

    public @Nullable String getBaladiya() {
        return baladiya;
    }

    public void setBaladiya(@Nullable String baladiya) {
        this.baladiya = baladiya;
    }

    public @Nullable String getSite() {
        return site;
    }

    public void setSite(@Nullable String site) {
        this.site = site;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
