package org.masar.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.UserId;
import org.masar.access.Users;
import org.masar.cases.CaseDetails;
import org.masar.cases.CaseId;
import org.masar.cases.CaseStage;
import org.masar.cases.CaseTransfer;
import org.masar.cases.CaseTransition;
import org.masar.cases.CaseType;
import org.masar.cases.CaseTypes;
import org.masar.cases.Cases;
import org.masar.cases.NewCase;
import org.masar.cases.NewTransfer;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.RecognisablePerson;
import org.masar.shared.ConflictException;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opening a case for a person, and a case's page: its header (number, type, person, status, stage, assignee, office)
 * with its flags on top, its history, and the forms that move, close, reopen, transfer and flag it. Every form carries
 * the version the page was drawn from: a second tab's stale form is told so on the page ({@code conflict.stale}).
 */
@Controller
class CasePages {

    private final Cases cases;
    private final CaseTypes types;
    private final People people;
    private final Directory directory;
    private final Users users;
    private final MessageSource messages;
    private final JsonMapper json;

    CasePages(
            Cases cases,
            CaseTypes types,
            People people,
            Directory directory,
            Users users,
            MessageSource messages,
            JsonMapper json) {
        this.messages = messages;
        this.json = json;
        this.cases = cases;
        this.types = types;
        this.people = people;
        this.directory = directory;
        this.users = users;
    }

    /** One step of the history as the page shows it: its label resolved, the stages it moved between. */
    record EventRow(
            String label,
            @Nullable String from,
            @Nullable String to,
            @Nullable String reason,
            String actor,
            java.time.Instant at) {}

    /** A question of the type's current assessment, as the form asks it. */
    record QuestionView(
            String id,
            String label,
            String type,
            boolean required,
            List<Choice> choices,
            @Nullable Long min,
            @Nullable Long max,
            int maxLength) {}

    /** A choice in a select: its value and its label in the user's language. */
    record Choice(String value, String label) {}

    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) @Nullable PersonId person, Model model) {
        RecognisablePerson recognised = person == null ? null : people.recognise(person);
        model.addAttribute("person", recognised);
        model.addAttribute("personName", recognised == null ? "" : personName(recognised));
        model.addAttribute("personId", person == null ? "" : person.toString());
        model.addAttribute(
                "types",
                types.list().stream()
                        .map(type -> new Choice(type.code(), name(type.nameEn(), type.nameAr())))
                        .toList());
        Set<OfficeId> offices = users.currentScopes().offices();
        Map<OfficeId, org.masar.access.BilingualName> names =
                offices.isEmpty() ? Map.of() : directory.officeNames(offices);
        model.addAttribute(
                "offices",
                names.entrySet().stream()
                        .map(entry -> new Choice(
                                entry.getKey().toString(),
                                name(entry.getValue().en(), entry.getValue().ar())))
                        .toList());
        return "cases/case/new";
    }

    @PostMapping("/cases/new")
    String open(
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String caseType,
            @RequestParam(defaultValue = "") String office,
            RedirectAttributes redirect) {
        try {
            CaseDetails opened = cases.open(
                    new NewCase(caseType, PersonId.parse(person), null, new OfficeId(uuid(office)), null, null));
            redirect.addFlashAttribute("flash", "cases.page.opened");
            return "redirect:/cases/" + opened.id();
        } catch (InvalidFields | ConflictException refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
            return "redirect:/cases/new?person=" + person;
        }
    }

    /** The transfers waiting for the user's answer, each linking to the case's page where it is answered. */
    @GetMapping("/cases/transfers")
    String incoming(Model model) {
        model.addAttribute("transfers", cases.incomingTransfers());
        return "cases/case/transfers";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable CaseId id, Model model) {
        CaseDetails details = cases.get(id);
        CaseType type = types.get(details.caseType());
        RecognisablePerson person = people.recognise(details.person());
        UserId me = CurrentUser.get().id();
        Set<UserId> userIds = new HashSet<>();
        if (details.assignedTo() != null) {
            userIds.add(details.assignedTo());
        }
        CaseTransfer transfer = details.pendingTransfer();
        if (transfer != null && transfer.toUser() != null) {
            userIds.add(transfer.toUser());
        }
        Map<UserId, String> userNames = userIds.isEmpty() ? Map.of() : directory.userNames(userIds);
        Set<OfficeId> officeIds = new HashSet<>(List.of(details.office()));
        if (transfer != null) {
            officeIds.add(transfer.toOffice());
        }
        Map<OfficeId, org.masar.access.BilingualName> officeNames = directory.officeNames(officeIds);
        List<Choice> moves = new ArrayList<>();
        for (CaseTransition move : type.transitionsFrom(details.stage())) {
            CaseStage to = type.stage(move.to()).orElseThrow();
            moves.add(new Choice(move.to(), stageName(to) + (move.needsApproval() ? " *" : "")));
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("c", details);
        model.addAttribute("statusLabel", messages.getMessage("cases.status." + details.status(), null, locale));
        model.addAttribute(
                "history",
                details.history().stream()
                        .map(event -> new EventRow(
                                messages.getMessage("cases.event." + event.kind(), null, event.kind(), locale),
                                event.fromStage() == null ? null : stageName(type, event.fromStage()),
                                event.toStage() == null ? null : stageName(type, event.toStage()),
                                event.reason(),
                                event.actor(),
                                event.occurredAt()))
                        .toList());
        model.addAttribute("typeName", name(type.nameEn(), type.nameAr()));
        model.addAttribute(
                "stageName",
                type.stage(details.stage()).map(CasePages::stageName).orElse(details.stage()));
        model.addAttribute(
                "pendingStageName",
                details.pendingStage() == null
                        ? null
                        : type.stage(details.pendingStage())
                                .map(CasePages::stageName)
                                .orElse(details.pendingStage()));
        model.addAttribute("personName", personName(person));
        model.addAttribute("registrationNumber", person.registrationNumber());
        model.addAttribute(
                "assignee", details.assignedTo() == null ? "" : userNames.getOrDefault(details.assignedTo(), ""));
        model.addAttribute("officeName", office(officeNames, details.office()));
        model.addAttribute("moves", moves);
        model.addAttribute("transfer", transfer);
        model.addAttribute(
                "transferTo",
                transfer == null
                        ? ""
                        : transfer.toUser() != null
                                ? userNames.getOrDefault(transfer.toUser(), "")
                                : office(officeNames, transfer.toOffice()));
        boolean sender = transfer != null
                && (me.equals(transfer.fromUser())
                        || transfer.requestedBy().equals(CurrentUser.get().username()));
        model.addAttribute("mayCancel", sender);
        model.addAttribute(
                "mayAnswer",
                transfer != null
                        && !sender
                        && (transfer.toUser() != null
                                ? transfer.toUser().equals(me)
                                : users.currentScopes().coversOffice(transfer.toOffice())));
        model.addAttribute("today", LocalDate.now(MissionTime.ZONE));
        model.addAttribute("assessments", cases.assessments(id).size());
        model.addAttribute(
                "questions",
                type.assessmentVersion() == null || !"open".equals(details.status())
                        ? List.of()
                        : questions(types.currentAssessment(type.code()).definition()));
        return "cases/case/detail";
    }

    /** Records an assessment from the form: each question's field read as its type says. */
    @PostMapping("/cases/{id}/assessment")
    String assess(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.assessed", () -> {
            CaseDetails details = cases.get(id);
            JsonNode definition = types.currentAssessment(details.caseType()).definition();
            ObjectNode answers = json.createObjectNode();
            for (JsonNode question : definition.path("questions")) {
                String field = "q." + question.path("id").asString();
                List<String> values = form.getOrDefault(field, List.of()).stream()
                        .filter(value -> !value.isBlank())
                        .toList();
                if (values.isEmpty()) {
                    continue;
                }
                String key = question.path("id").asString();
                String value = values.getFirst().strip();
                switch (question.path("type").asString()) {
                    case "yes_no" -> answers.put(key, "yes".equals(value));
                    case "multi_choice" -> {
                        ArrayNode chosen = answers.putArray(key);
                        values.forEach(chosen::add);
                    }
                    case "integer" -> {
                        try {
                            answers.put(key, Long.parseLong(value));
                        } catch (NumberFormatException notANumber) {
                            answers.put(key, value); // refused by the answer schema, named as the question
                        }
                    }
                    default -> answers.put(key, value);
                }
            }
            cases.assess(id, answers, version);
        });
    }

    @PostMapping("/cases/{id}/stage")
    String stage(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.moved", () -> cases.moveStage(id, to, reason, version));
    }

    @PostMapping("/cases/{id}/reopen")
    String reopen(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.reopened", () -> cases.reopen(id, reason, version));
    }

    @PostMapping("/cases/{id}/transfer")
    String transfer(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String toUser,
            @RequestParam(defaultValue = "") String toOffice,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "cases.page.transfer-requested",
                () -> cases.requestTransfer(
                        id,
                        new NewTransfer(
                                toUser.isBlank() ? null : new UserId(uuid(toUser)),
                                toOffice.isBlank() ? null : new OfficeId(uuid(toOffice)),
                                reason),
                        version));
    }

    @PostMapping("/cases/{id}/transfer/{transfer}/accept")
    String accept(
            @PathVariable CaseId id,
            @PathVariable UUID transfer,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.transfer-accepted", () -> cases.acceptTransfer(id, transfer, version));
    }

    @PostMapping("/cases/{id}/transfer/{transfer}/decline")
    String decline(
            @PathVariable CaseId id,
            @PathVariable UUID transfer,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "cases.page.transfer-declined",
                () -> cases.declineTransfer(id, transfer, reason, version));
    }

    @PostMapping("/cases/{id}/transfer/{transfer}/cancel")
    String cancel(
            @PathVariable CaseId id,
            @PathVariable UUID transfer,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.transfer-cancelled", () -> cases.cancelTransfer(id, transfer, version));
    }

    @PostMapping("/cases/{id}/flags")
    String flag(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.flagged", () -> cases.addFlag(id, message, date(date), version));
    }

    @PostMapping("/cases/{id}/flags/{flag}/remove")
    String removeFlag(
            @PathVariable CaseId id,
            @PathVariable UUID flag,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return step(id, redirect, "cases.page.flag-removed", () -> cases.removeFlag(id, flag, reason, version));
    }

    /** Runs a step; what the user can put right (a stale page, a refused move, a missing reason) is said on the page. */
    private static String step(CaseId id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problemCode", "conflict.stale");
        } catch (InvalidFields | ConflictException refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/cases/" + id;
    }

    /** A UUID typed into a form; anything else is a field in error. */
    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field("id", "cases.validation.does-not-fit")));
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field("date", "cases.validation.does-not-fit")));
        }
    }

    /** The person's names in the script of the user's language, else in the other. */
    private static String personName(RecognisablePerson person) {
        String arabic = person.names().arabic();
        String latin = person.names().latin();
        boolean inArabic = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        String first = inArabic ? arabic : latin;
        return first.isBlank() ? (inArabic ? latin : arabic) : first;
    }

    private static List<QuestionView> questions(JsonNode definition) {
        List<QuestionView> questions = new ArrayList<>();
        for (JsonNode question : definition.path("questions")) {
            List<Choice> choices = new ArrayList<>();
            question.path("choices")
                    .forEach(choice -> choices.add(new Choice(choice.path("id").asString(), label(choice))));
            questions.add(new QuestionView(
                    question.path("id").asString(),
                    label(question),
                    question.path("type").asString(),
                    question.path("required").asBoolean(false),
                    choices,
                    question.path("min").isIntegralNumber()
                            ? question.path("min").asLong()
                            : null,
                    question.path("max").isIntegralNumber()
                            ? question.path("max").asLong()
                            : null,
                    question.path("maxLength").asInt(2000)));
        }
        return questions;
    }

    private static String label(JsonNode labelled) {
        return name(
                labelled.path("labels").path("en").asString(),
                labelled.path("labels").path("ar").asString());
    }

    private static String stageName(CaseType type, String code) {
        return type.stage(code).map(CasePages::stageName).orElse(code);
    }

    private static String stageName(CaseStage stage) {
        return name(stage.nameEn(), stage.nameAr());
    }

    private static String name(String en, String ar) {
        return "ar".equals(LocaleContextHolder.getLocale().getLanguage()) ? ar : en;
    }

    private static String office(Map<OfficeId, org.masar.access.BilingualName> names, OfficeId office) {
        org.masar.access.BilingualName name = names.get(office);
        return name == null ? "" : name(name.en(), name.ar());
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
