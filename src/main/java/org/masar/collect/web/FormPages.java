package org.masar.collect.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.UserId;
import org.masar.collect.FormDetail;
import org.masar.collect.FormFile;
import org.masar.collect.Forms;
import org.masar.collect.XlsFormInvalid;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The form manager's pages: the forms, an upload (XForm or XLSForm with media), and a form's page with its versions,
 * media, state and who may see it. A refused upload or step is shown on the same page with its problem.
 */
@Controller
class FormPages {

    private final Forms forms;
    private final Directory directory;

    FormPages(Forms forms, Directory directory) {
        this.forms = forms;
        this.directory = directory;
    }

    @GetMapping("/collect/forms")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("forms", forms.list(new Paging(Math.max(page, 0), Paging.DEFAULT_SIZE)));
        return "collect/forms";
    }

    @GetMapping("/collect/forms/upload")
    String uploadPage() {
        return "collect/upload";
    }

    @PostMapping("/collect/forms/upload")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "media", required = false) @Nullable List<MultipartFile> media,
            Model model,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problemCode", "collect.form-file-unsupported");
            model.addAttribute("problemArguments", new Object[] {""});
            return "collect/upload";
        }
        FormDetail form;
        try {
            form = forms.upload(file(file), files(media));
        } catch (XlsFormInvalid invalid) {
            model.addAttribute("problemCode", invalid.code());
            model.addAttribute("problemArguments", invalid.arguments());
            model.addAttribute("xlsErrors", invalid.errors());
            return "collect/upload";
        } catch (ProblemException problem) {
            if (problem.status().value() == 403) {
                throw problem;
            }
            model.addAttribute("problemCode", problem.code());
            model.addAttribute("problemArguments", problem.arguments());
            return "collect/upload";
        }
        redirect.addFlashAttribute("flash", "collect.forms.uploaded-flash");
        return "redirect:" + link(form.formId());
    }

    @GetMapping("/collect/forms/{formId}")
    String form(@PathVariable String formId, Model model) {
        return show(forms.get(formId), model);
    }

    @PostMapping("/collect/forms/{formId}/open")
    String open(@PathVariable String formId, Model model, RedirectAttributes redirect) {
        return step(formId, model, redirect, "collect.forms.opened", () -> forms.open(formId));
    }

    @PostMapping("/collect/forms/{formId}/close")
    String close(@PathVariable String formId, Model model, RedirectAttributes redirect) {
        return step(formId, model, redirect, "collect.forms.closed", () -> forms.close(formId));
    }

    @PostMapping("/collect/forms/{formId}/media")
    String media(
            @PathVariable String formId,
            @RequestParam(name = "media", required = false) @Nullable List<MultipartFile> media,
            Model model,
            RedirectAttributes redirect) {
        return step(formId, model, redirect, "collect.forms.media-added", () -> forms.addMedia(formId, files(media)));
    }

    @PostMapping("/collect/forms/{formId}/access")
    String access(
            @PathVariable String formId,
            @RequestParam(defaultValue = "everyone") String who,
            @RequestParam(name = "users", required = false) @Nullable List<String> users,
            @RequestParam(name = "offices", required = false) @Nullable List<String> offices,
            Model model,
            RedirectAttributes redirect) {
        Set<UserId> named = null;
        Set<OfficeId> teams = null;
        if ("named".equals(who)) {
            named = new LinkedHashSet<>();
            teams = new LinkedHashSet<>();
            for (UUID user : ids(users)) {
                named.add(new UserId(user));
            }
            for (UUID office : ids(offices)) {
                teams.add(new OfficeId(office));
            }
        }
        Set<UserId> limitedTo = named;
        Set<OfficeId> limitedToOffices = teams;
        return step(
                formId,
                model,
                redirect,
                "collect.forms.access-changed",
                () -> forms.limit(formId, limitedTo, limitedToOffices));
    }

    /** The ids a form's checkboxes sent; a tampered value names nothing. */
    private static List<UUID> ids(@Nullable List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // ignored
            }
        }
        return ids;
    }

    private interface Step {
        FormDetail run();
    }

    private String step(String formId, Model model, RedirectAttributes redirect, String done, Step step) {
        try {
            step.run();
        } catch (ProblemException problem) {
            if (problem.status().value() == 403 || problem.status().value() == 404) {
                throw problem;
            }
            model.addAttribute("problemCode", problem.code());
            model.addAttribute("problemArguments", problem.arguments());
            return show(forms.get(formId), model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:" + link(formId);
    }

    private String show(FormDetail form, Model model) {
        List<UserId> people = new ArrayList<>(forms.usersWithPhones());
        form.users().stream().filter(u -> !people.contains(u)).forEach(people::add);
        Map<UserId, String> names = directory.userNames(people);
        Map<String, String> choices = new LinkedHashMap<>();
        people.stream()
                .sorted(Comparator.comparing(u -> names.getOrDefault(u, u.toString())))
                .forEach(u -> choices.put(u.toString(), names.getOrDefault(u, u.toString())));
        model.addAttribute("form", form);
        model.addAttribute("latest", form.latest());
        model.addAttribute("people", choices);
        model.addAttribute("named", form.users().stream().map(UserId::toString).toList());
        List<OfficeId> offices = new ArrayList<>(forms.offices());
        form.offices().stream().filter(o -> !offices.contains(o)).forEach(offices::add);
        Map<OfficeId, BilingualName> officeNames = directory.officeNames(offices);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> teams = new LinkedHashMap<>();
        offices.stream()
                .sorted(Comparator.comparing(o -> name(officeNames, o, locale)))
                .forEach(o -> teams.put(o.toString(), name(officeNames, o, locale)));
        model.addAttribute("teams", teams);
        model.addAttribute(
                "namedOffices", form.offices().stream().map(OfficeId::toString).toList());
        model.addAttribute("link", link(form.formId()));
        return "collect/form";
    }

    private static String name(Map<OfficeId, BilingualName> names, OfficeId office, Locale locale) {
        BilingualName name = names.get(office);
        return name == null ? office.toString() : name.in(locale);
    }

    private static String link(String formId) {
        return "/collect/forms/" + UriUtils.encodePathSegment(formId, "UTF-8");
    }

    private static List<FormFile> files(@Nullable List<MultipartFile> media) {
        return media == null
                ? List.of()
                : media.stream().filter(m -> !m.isEmpty()).map(FormPages::file).toList();
    }

    private static FormFile file(MultipartFile file) {
        try {
            String name = file.getOriginalFilename();
            return new FormFile(
                    name == null || name.isBlank() ? file.getName() : name, file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
