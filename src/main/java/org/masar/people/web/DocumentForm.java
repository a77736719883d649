package org.masar.people.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.springframework.format.annotation.DateTimeFormat;

/** One row of the documents on the form; a row left empty is no document. */
public class DocumentForm {

    private DocumentType type = DocumentType.PASSPORT;
    private @Nullable String number;
    private @Nullable String issuingCountry;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;

    /** An empty row. */
    public DocumentForm() {}

    static DocumentForm of(IdentityDocument document) {
        DocumentForm form = new DocumentForm();
        form.type = document.type();
        form.number = document.number();
        form.issuingCountry = document.issuingCountry();
        form.expiresOn = document.expiresOn();
        return form;
    }

    /** Whether nothing but the preselected type was entered. */
    boolean isEmpty() {
        return (number == null || number.isBlank())
                && (issuingCountry == null || issuingCountry.isBlank())
                && expiresOn == null;
    }

    IdentityDocument toDocument() {
        return new IdentityDocument(
                type,
                number == null ? "" : number.strip(),
                issuingCountry == null || issuingCountry.isBlank() ? null : issuingCountry,
                expiresOn);
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(@Nullable DocumentType type) {
        // A tampered or missing type is "other": the number is what matters for finding the person again.
        this.type = type == null ? DocumentType.OTHER : type;
    }

    public @Nullable String getNumber() {
        return number;
    }

    public void setNumber(@Nullable String number) {
        this.number = number;
    }

    public @Nullable String getIssuingCountry() {
        return issuingCountry;
    }

    public void setIssuingCountry(@Nullable String issuingCountry) {
        this.issuingCountry = issuingCountry;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
