package org.masar.access.web;

import jakarta.validation.groups.Default;
import org.jspecify.annotations.Nullable;
import org.masar.access.CreatedUser;
import org.masar.access.InvalidAccountChange;
import org.masar.access.UnknownReference;
import org.masar.access.UserAccount;
import org.masar.access.UserId;
import org.masar.access.UsernameTaken;
import org.masar.access.Users;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of user accounts: list, create, show, edit, disable and enable, reset password, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private static final int PAGE_SIZE = 50;

    private final Users users;
    private final AdminChoices choices;

    UserPages(Users users, AdminChoices choices) {
        this.users = users;
        this.choices = choices;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageJson<UserAccount> found = users.list(search, new Paging(page, PAGE_SIZE));
        model.addAttribute("users", found);
        model.addAttribute("search", search == null ? "" : search);
        model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
        return "access/admin/users/list";
    }

    @GetMapping("/new")
    String createForm(Model model, java.util.Locale locale) {
        UserForm form = new UserForm();
        // Most users are created by an administrator working in the language they will use.
        form.setPreferredLanguage("ar".equals(locale.getLanguage()) ? "ar" : "en");
        model.addAttribute("userForm", form);
        return form(model, null);
    }

    @PostMapping
    String create(
            @Validated({Default.class, Creating.class}) @ModelAttribute("userForm") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            CreatedUser created = users.create(form.toNewUser());
            redirect.addFlashAttribute("flash", "access.admin.user.created");
            redirect.addFlashAttribute("createdUsername", created.account().username());
            redirect.addFlashAttribute(
                    "oneTimePassword", created.oneTimePassword().value());
            return "redirect:/admin/users";
        } catch (UsernameTaken e) {
            errors.rejectValue("username", "access.admin.validation.username-taken");
        } catch (UnknownReference | InvalidAccountChange e) {
            errors.reject(titleOf(e));
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UserId id, Model model) {
        model.addAttribute("user", users.get(id));
        choices.addTo(model);
        return "access/admin/users/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UserId id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("userForm", UserForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UserId id,
            @Validated @ModelAttribute("userForm") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        if (errors.hasErrors()) {
            return form(model, account);
        }
        try {
            users.update(account.id(), form.toProfile(), form.getVersion());
            redirect.addFlashAttribute("flash", "access.admin.saved");
            return "redirect:/admin/users/" + account.id();
        } catch (UnknownReference | InvalidAccountChange e) {
            errors.reject(titleOf(e));
        }
        return form(model, account);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UserId id, RedirectAttributes redirect) {
        UserAccount account = users.disable(id);
        redirect.addFlashAttribute("flash", "access.admin.user.disabled");
        return "redirect:/admin/users/" + account.id();
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UserId id, RedirectAttributes redirect) {
        UserAccount account = users.enable(id);
        redirect.addFlashAttribute("flash", "access.admin.user.enabled");
        return "redirect:/admin/users/" + account.id();
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UserId id, RedirectAttributes redirect) {
        UserAccount account = users.unlock(id);
        redirect.addFlashAttribute("flash", "access.admin.user.unlocked");
        return "redirect:/admin/users/" + account.id();
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable UserId id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", users.resetPassword(id).value());
        redirect.addFlashAttribute("flash", "access.admin.user.password-reset");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, @Nullable UserAccount editing) {
        model.addAttribute("editing", editing);
        choices.addTo(model);
        return "access/admin/users/form";
    }

    static String titleOf(ProblemException e) {
        return "problem." + e.code() + ".title";
    }
}
