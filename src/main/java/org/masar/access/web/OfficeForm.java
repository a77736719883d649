package org.masar.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.masar.access.Office;
import org.masar.access.OfficeDraft;
import org.masar.access.OrganisationId;

/** The office form. */
public class OfficeForm {

    @NotBlank(message = "{access.admin.validation.required}")
    @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "{access.admin.validation.required}")
    private String organisationId = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{access.admin.validation.code}")
    private String code = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 200, message = "{access.admin.validation.too-long}")
    private String nameEn = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 200, message = "{access.admin.validation.too-long}")
    private String nameAr = "";

    @Pattern(regexp = "(LY[0-9]{6})?", message = "{access.admin.validation.pcodes}")
    private String baladiyaPcode = "";

    private int version;

    static OfficeForm of(Office office) {
        OfficeForm form = new OfficeForm();
        form.organisationId = office.organisationId().toString();
        form.code = office.code();
        form.nameEn = office.nameEn();
        form.nameAr = office.nameAr();
        form.baladiyaPcode = office.baladiyaPcode() == null ? "" : office.baladiyaPcode();
        form.version = office.version();
        return form;
    }

    OfficeDraft toDraft() {
        return new OfficeDraft(
                OrganisationId.parse(organisationId),
                code,
                nameEn,
                nameAr,
                baladiyaPcode.isBlank() ? null : baladiyaPcode);
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable String organisationId) {
        this.organisationId = organisationId == null ? "" : organisationId.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(@Nullable String nameAr) {
        this.nameAr = nameAr == null ? "" : nameAr;
    }

    public String getBaladiyaPcode() {
        return baladiyaPcode;
    }

    public void setBaladiyaPcode(@Nullable String baladiyaPcode) {
        this.baladiyaPcode = baladiyaPcode == null ? "" : baladiyaPcode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
