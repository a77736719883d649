package org.masar.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.masar.access.Organisation;
import org.masar.access.OrganisationDraft;
import org.masar.access.OrganisationKind;

/** The organisation form. */
public class OrganisationForm {

    @NotBlank(message = "{access.admin.validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{access.admin.validation.code}")
    private String code = "";

    @NotNull(message = "{access.admin.validation.required}")
    private @Nullable OrganisationKind kind = OrganisationKind.PARTNER_NGO;

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 200, message = "{access.admin.validation.too-long}")
    private String nameEn = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 200, message = "{access.admin.validation.too-long}")
    private String nameAr = "";

    private int version;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.code = organisation.code();
        form.kind = organisation.kind();
        form.nameEn = organisation.nameEn();
        form.nameAr = organisation.nameAr();
        form.version = organisation.version();
        return form;
    }

    OrganisationDraft toDraft() {
        return new OrganisationDraft(code, kind == null ? OrganisationKind.OTHER : kind, nameEn, nameAr);
    }

    public String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public @Nullable OrganisationKind getKind() {
        return kind;
    }

    public void setKind(@Nullable OrganisationKind kind) {
        this.kind = kind;
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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
