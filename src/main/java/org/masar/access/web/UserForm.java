package org.masar.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.NewUser;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.access.Programme;
import org.masar.access.UserAccount;
import org.masar.access.UserId;
import org.masar.access.UserProfile;

/** The user form of the administration pages: a mutable bean for binding, turned into the face's commands. */
public class UserForm {

    @NotBlank(groups = Creating.class, message = "{access.admin.validation.required}")
    @Pattern(
            groups = Creating.class,
            regexp = "[a-z0-9][a-z0-9._-]{2,63}",
            message = "{access.admin.validation.username}")
    private String username = "";

    @NotBlank(message = "{access.admin.validation.required}")
    @Size(max = 200, message = "{access.admin.validation.too-long}")
    private String displayName = "";

    @Email(message = "{access.admin.validation.email}")
    @Size(max = 320, message = "{access.admin.validation.too-long}")
    private String email = "";

    private String organisationId = "";
    private String officeId = "";
    private String supervisorId = "";

    @Pattern(regexp = "en|ar", message = "{access.admin.validation.invalid}")
    private String preferredLanguage = "en";

    private List<String> roles = new ArrayList<>();
    private List<String> officeScope = new ArrayList<>();

    @Pattern(regexp = "\\s*(LY[0-9]{6}([\\s,]+LY[0-9]{6})*)?[\\s,]*", message = "{access.admin.validation.pcodes}")
    private String baladiyaScope = "";

    private List<Programme> programmeScope = new ArrayList<>();
    private int version;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email() == null ? "" : account.email();
        form.organisationId =
                account.organisationId() == null ? "" : account.organisationId().toString();
        form.officeId = account.officeId() == null ? "" : account.officeId().toString();
        form.supervisorId =
                account.supervisorId() == null ? "" : account.supervisorId().toString();
        form.preferredLanguage = account.preferredLanguage();
        form.roles = new ArrayList<>(account.roles());
        form.officeScope =
                account.officeScope().stream().map(OfficeId::toString).sorted().collect(Collectors.toList());
        form.baladiyaScope = String.join(", ", new TreeSet<>(account.baladiyaScope()));
        form.programmeScope = account.programmeScope().stream().sorted().collect(Collectors.toList());
        form.version = account.version();
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(username, toProfile());
    }

    UserProfile toProfile() {
        return new UserProfile(
                displayName,
                email.isBlank() ? null : email,
                uuid(organisationId) == null ? null : new OrganisationId(uuid(organisationId)),
                uuid(officeId) == null ? null : new OfficeId(uuid(officeId)),
                uuid(supervisorId) == null ? null : new UserId(uuid(supervisorId)),
                preferredLanguage,
                Set.copyOf(roles),
                officeScope.stream()
                        .map(UserForm::uuid)
                        .filter(java.util.Objects::nonNull)
                        .map(OfficeId::new)
                        .collect(Collectors.toSet()),
                Arrays.stream(baladiyaScope.split("[\\s,]+"))
                        .filter(pcode -> !pcode.isBlank())
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                Set.copyOf(programmeScope));
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null; // a tampered option value names nothing
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable String organisationId) {
        this.organisationId = organisationId == null ? "" : organisationId;
    }

    public String getOfficeId() {
        return officeId;
    }

    public void setOfficeId(@Nullable String officeId) {
        this.officeId = officeId == null ? "" : officeId;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(@Nullable String supervisorId) {
        this.supervisorId = supervisorId == null ? "" : supervisorId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage == null ? "en" : preferredLanguage;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getOfficeScope() {
        return officeScope;
    }

    public void setOfficeScope(@Nullable List<String> officeScope) {
        this.officeScope = officeScope == null ? new ArrayList<>() : officeScope;
    }

    public String getBaladiyaScope() {
        return baladiyaScope;
    }

    public void setBaladiyaScope(@Nullable String baladiyaScope) {
        this.baladiyaScope = baladiyaScope == null ? "" : baladiyaScope.toUpperCase(java.util.Locale.ROOT);
    }

    public List<Programme> getProgrammeScope() {
        return programmeScope;
    }

    public void setProgrammeScope(@Nullable List<Programme> programmeScope) {
        this.programmeScope = programmeScope == null ? new ArrayList<>() : programmeScope;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
