package org.masar.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.access.Role;
import org.masar.access.RoleDraft;

/** The custom-role form: code (on creation), names in both languages, mission-wide flag and permissions. */
public class RoleForm {

    @NotBlank(groups = Creating.class, message = "{access.admin.validation.required}")
    @Pattern(groups = Creating.class, regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{access.admin.validation.role-code}")
    private String code = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 100, message = "{access.admin.validation.too-long}")
    private String nameEn = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 100, message = "{access.admin.validation.too-long}")
    private String nameAr = "";

    private boolean missionWide;
    private List<String> permissions = new ArrayList<>();
    private int version;

    static RoleForm of(Role role) {
        RoleForm form = new RoleForm();
        form.code = role.code();
        form.nameEn = role.nameEn() == null ? "" : role.nameEn();
        form.nameAr = role.nameAr() == null ? "" : role.nameAr();
        form.missionWide = role.missionWide();
        form.permissions = new ArrayList<>(role.permissions());
        form.version = role.version();
        return form;
    }

    RoleDraft toDraft() {
        return new RoleDraft(nameEn, nameAr, missionWide, Set.copyOf(permissions));
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

    public boolean isMissionWide() {
        return missionWide;
    }

    public void setMissionWide(boolean missionWide) {
        this.missionWide = missionWide;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(@Nullable List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : permissions;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
