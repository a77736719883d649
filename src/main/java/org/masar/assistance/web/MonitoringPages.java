package org.masar.assistance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.DistributionId;
import org.masar.assistance.Distributions;
import org.masar.assistance.Monitoring;
import org.masar.assistance.MonitoringInterview;
import org.masar.assistance.MonitoringNewInterview;
import org.masar.assistance.MonitoringNewSurvey;
import org.masar.assistance.MonitoringNotFound;
import org.masar.assistance.MonitoringSampled;
import org.masar.assistance.MonitoringSource;
import org.masar.assistance.MonitoringSurvey;
import org.masar.people.PersonId;
import org.masar.shared.ConflictException;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Phone-sized pages of post-distribution monitoring: the surveys, a new survey (for a distribution or cash cycle chosen
 * from those with recipients, or by id), a survey's sample, the interview form drawn from the survey's questionnaire
 * version, and the summary. The face decides who may see and do what.
 */
@Controller
class MonitoringPages {

    static final int PAGE_SIZE = 25;

    private final Monitoring monitoring;
    private final Distributions distributions;
    private final MessageSource messages;
    private final JsonMapper json;

    MonitoringPages(Monitoring monitoring, Distributions distributions, MessageSource messages, JsonMapper json) {
        this.monitoring = monitoring;
        this.distributions = distributions;
        this.messages = messages;
        this.json = json;
    }

    /** A choice of a question, in the reader's language. */
    record Option(String value, String label) {}

    /** A question as the form draws it, in the reader's language; {@code value} what was typed or answered. */
    record Question(
            String id,
            String type,
            String label,
            boolean required,
            List<Option> choices,
            @Nullable Long min,
            @Nullable Long max,
            int maxLength,
            List<String> value) {}

    /** A distribution or cycle with recipients, with its name when the user may read it. */
    record SourceRow(MonitoringSource source, String name) {}

    /** What the new-survey form holds (as typed). */
    record SurveyForm(String source, String sourceId, String title, String sampleSize, String samplePercent) {}

    @GetMapping("/assistance/monitoring")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<MonitoringSurvey> surveys = monitoring.list(new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("surveys", surveys);
        model.addAttribute("pages", surveys.pageCount());
        return "assistance/monitoring/list";
    }

    @GetMapping("/assistance/monitoring/new")
    String newSurvey(
            @RequestParam(defaultValue = "distribution") String source,
            @RequestParam(defaultValue = "") String sourceId,
            Model model) {
        model.addAttribute("form", new SurveyForm(source, sourceId, "", "", "10"));
        model.addAttribute("errors", Map.of());
        model.addAttribute("sources", sources());
        return "assistance/monitoring/new";
    }

    @PostMapping("/assistance/monitoring")
    String create(
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String sourceId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String sampleSize,
            @RequestParam(defaultValue = "") String samplePercent,
            Model model,
            RedirectAttributes redirect) {
        SurveyForm form = new SurveyForm(source, sourceId, title, sampleSize, samplePercent);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID id = null;
        try {
            id = sourceId.isBlank() ? null : UUID.fromString(sourceId.strip());
        } catch (IllegalArgumentException notAnId) {
            errors.put("sourceId", message("assistance.monitoring.error.unknown"));
        }
        Integer size = number(sampleSize, "sampleSize", errors);
        Integer percent = number(samplePercent, "samplePercent", errors);
        if (errors.isEmpty()) {
            try {
                MonitoringSurvey created = monitoring.create(
                        new MonitoringNewSurvey(source.isBlank() ? null : source, id, title, size, percent, null));
                redirect.addFlashAttribute("flash", "assistance.monitoring.created");
                return "redirect:/assistance/monitoring/" + created.id();
            } catch (InvalidFields refused) {
                refused.fields().forEach(field -> errors.putIfAbsent(field.field(), message(field.code())));
            } catch (ConflictException noRecipients) {
                errors.put("sourceId", message("problem." + noRecipients.code() + ".title"));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", sources());
        return "assistance/monitoring/new";
    }

    @GetMapping("/assistance/monitoring/{id}")
    String survey(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        MonitoringSurvey survey = monitoring.get(id);
        PageJson<MonitoringSampled> sample = monitoring.sample(id, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("survey", survey);
        model.addAttribute("sourceName", name(survey.source(), survey.sourceId()));
        model.addAttribute("sample", sample);
        model.addAttribute("pages", sample.pageCount());
        return "assistance/monitoring/survey";
    }

    @GetMapping("/assistance/monitoring/{id}/interviews/{person}")
    String interview(@PathVariable UUID id, @PathVariable PersonId person, Model model) {
        MonitoringSurvey survey = monitoring.get(id);
        MonitoringInterview recorded = null;
        try {
            recorded = monitoring.interview(id, person);
        } catch (MonitoringNotFound none) {
            // Not recorded yet: the form.
        }
        prepareInterview(survey, person, recorded == null ? null : recorded.answers(), model);
        model.addAttribute("recorded", recorded);
        model.addAttribute("outcome", "interviewed");
        model.addAttribute("reason", "");
        model.addAttribute("errors", Map.of());
        return "assistance/monitoring/interview";
    }

    @PostMapping("/assistance/monitoring/{id}/interviews/{person}")
    String record(
            @PathVariable UUID id,
            @PathVariable PersonId person,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        MonitoringSurvey survey = monitoring.get(id);
        JsonNode definition = monitoring.questionnaireOf(id).definition();
        String outcome = form.getFirst("outcome") == null ? "" : form.getFirst("outcome");
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
        ObjectNode answers = "interviewed".equals(outcome) ? answers(definition, form) : null;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            monitoring.record(
                    id,
                    new MonitoringNewInterview(
                            person, outcome, answers, "interviewed".equals(outcome) ? null : reason, null));
            redirect.addFlashAttribute("flash", "assistance.monitoring.interview.recorded");
            return "redirect:/assistance/monitoring/" + id;
        } catch (InvalidFields refused) {
            refused.fields().forEach(field -> errors.putIfAbsent(field.field(), message(field.code())));
        } catch (ConflictException conflict) {
            errors.put("outcome", message("problem." + conflict.code() + ".title"));
        }
        prepareInterview(survey, person, answers, model);
        model.addAttribute("recorded", null);
        model.addAttribute("outcome", outcome);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "assistance/monitoring/interview";
    }

    @GetMapping("/assistance/monitoring/{id}/summary")
    String summary(@PathVariable UUID id, Model model) {
        model.addAttribute("survey", monitoring.get(id));
        model.addAttribute("summary", monitoring.summary(id));
        model.addAttribute("arabic", arabic());
        return "assistance/monitoring/summary";
    }

    private List<SourceRow> sources() {
        return monitoring.sources(50).stream()
                .map(source -> new SourceRow(source, name(source.source(), source.sourceId())))
                .toList();
    }

    /**
     * A distribution's name, for a user who may read distributions; the id's start otherwise (and for cash cycles,
     * whose names this page does not read).
     */
    private String name(String source, UUID id) {
        String fallback = id.toString().substring(0, 8);
        boolean reader = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getAuthorities()
                .stream()
                .anyMatch(authority -> "assistance:read".equals(authority.getAuthority()));
        if (!"distribution".equals(source) || !reader) {
            return fallback;
        }
        try {
            return distributions.get(new DistributionId(id)).name();
        } catch (ProblemException unreadable) {
            return fallback;
        }
    }

    private void prepareInterview(MonitoringSurvey survey, PersonId person, @Nullable JsonNode answers, Model model) {
        JsonNode definition = monitoring.questionnaireOf(survey.id()).definition();
        MonitoringSampled sampled = monitoring.sampled(survey.id(), person);
        model.addAttribute("survey", survey);
        model.addAttribute("person", person.toString());
        model.addAttribute(
                "personName", arabic() || sampled.nameLat().isBlank() ? sampled.nameAr() : sampled.nameLat());
        model.addAttribute("registrationNumber", sampled.registrationNumber());
        model.addAttribute("questions", questions(definition, answers));
    }

    /** The questions of a version in the reader's language, with the answers given (if any) as form values. */
    private List<Question> questions(JsonNode definition, @Nullable JsonNode answers) {
        String language = arabic() ? "ar" : "en";
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : definition.path("questions")) {
            String id = question.path("id").asString();
            List<Option> choices = new ArrayList<>();
            question.path("choices")
                    .forEach(choice -> choices.add(new Option(
                            choice.path("id").asString(),
                            choice.path("labels").path(language).asString())));
            List<String> value = new ArrayList<>();
            JsonNode answer = answers == null ? null : answers.path(id);
            if (answer != null && answer.isArray()) {
                answer.forEach(chosen -> value.add(chosen.asString()));
            } else if (answer != null && answer.isBoolean()) {
                value.add(answer.asBoolean() ? "yes" : "no");
            } else if (answer != null && !answer.isMissingNode() && !answer.isNull()) {
                value.add(answer.asString());
            }
            questions.add(new Question(
                    id,
                    question.path("type").asString(),
                    question.path("labels").path(language).asString(),
                    question.path("required").asBoolean(false),
                    choices,
                    question.path("min").isIntegralNumber()
                            ? question.path("min").asLong()
                            : null,
                    question.path("max").isIntegralNumber()
                            ? question.path("max").asLong()
                            : null,
                    question.path("maxLength").asInt(2000),
                    value));
        }
        return questions;
    }

    /** The answers of the form's fields ({@code q.<question id>}), each read as its question's type says. */
    private ObjectNode answers(JsonNode definition, MultiValueMap<String, String> form) {
        ObjectNode answers = json.createObjectNode();
        for (JsonNode question : definition.path("questions")) {
            String key = question.path("id").asString();
            List<String> values = form.getOrDefault("q." + key, List.of()).stream()
                    .filter(value -> !value.isBlank())
                    .toList();
            String type = question.path("type").asString();
            if (values.isEmpty()) {
                continue;
            }
            String value = values.getFirst().strip();
            switch (type) {
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
        return answers;
    }

    private @Nullable Integer number(String typed, String field, Map<String, String> errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, message("assistance.monitoring.error.number"));
            return null;
        }
    }

    private static boolean arabic() {
        return "ar".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private String message(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, null, code, locale);
    }
}
