package org.masar.access.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masar.access.Office;
import org.masar.access.Offices;
import org.masar.access.Organisation;
import org.masar.access.Organisations;
import org.masar.access.Programme;
import org.masar.access.Roles;
import org.masar.access.UserAccount;
import org.masar.access.Users;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The options the user forms and pages offer: roles, organisations, offices, supervisors and programmes. */
@Component
class AdminChoices {

    private final Users users;
    private final Roles roles;
    private final Organisations organisations;
    private final Offices offices;

    AdminChoices(Users users, Roles roles, Organisations organisations, Offices offices) {
        this.users = users;
        this.roles = roles;
        this.organisations = organisations;
        this.offices = offices;
    }

    void addTo(Model model) {
        List<Organisation> allOrganisations = organisations.list();
        List<Office> allOffices = offices.list();
        model.addAttribute("roleChoices", roles.list());
        model.addAttribute("organisationChoices", allOrganisations);
        model.addAttribute("officeChoices", allOffices);
        model.addAttribute(
                "organisationsById",
                allOrganisations.stream()
                        .collect(Collectors.toMap(
                                organisation -> organisation.id().toString(), Function.identity())));
        model.addAttribute(
                "officesById",
                allOffices.stream()
                        .collect(Collectors.toMap(office -> office.id().toString(), Function.identity())));
        PageJson<UserAccount> accounts = users.list(null, Paging.first(Paging.MAX_SIZE));
        model.addAttribute("supervisorChoices", accounts.items());
        model.addAttribute(
                "usersById",
                accounts.items().stream()
                        .collect(Collectors.toMap(account -> account.id().toString(), Function.identity())));
        model.addAttribute("programmeChoices", Programme.values());
    }
}
