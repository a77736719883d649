package org.masar.collect.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masar.shared.InvalidFields;
import org.masar.shared.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bindings of forms to Masar targets: finds the form's binding and hands the submission to that target's mapper.
 * A form with no binding is {@link SubmissionBindings.Unbound}; a binding whose target has no mapper in this build is
 * kept for review with that reason, never dropped.
 *
 * <p>Each mapper runs in a savepoint of its own: whatever the target refuses or throws rolls back to it and becomes
 * {@link SubmissionBindings.Unmapped} with a reason a reviewer can act on, so {@link #map} never throws for a target's
 * refusal and leaves the caller's transaction usable.
 */
@Service
public class BindingService implements SubmissionBindings {

    /** Maps submissions of forms bound to one target. */
    public interface TargetMapper {

        /** The target's code, as {@code collect_binding.target} holds it. */
        String target();

        /**
         * Checks a mapping against a form version's questions when the binding is saved: every error names the
         * mapping's part ({@code mapping.figures.idps.ind}) with a message key; empty when the mapping holds.
         */
        List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema);

        /**
         * Maps one submission with the binding's mapping; returns {@link Mapped}, or {@link Unmapped} (or throws
         * {@link Unmappable}, or lets the target's own refusal through) when it cannot be recorded.
         */
        Outcome map(Stored submission, JsonNode mapping);
    }

    /** A submission the mapping cannot turn into its target (an answer missing or unreadable), with the reason. */
    public static class Unmappable extends RuntimeException {

        public Unmappable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate savepoint;
    private final Map<String, TargetMapper> mappers;
    private final Cache<String, JsonNode> parsed =
            Caffeine.newBuilder().maximumSize(1_000).build();

    BindingService(
            JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, List<TargetMapper> mappers) {
        this.jdbc = jdbc;
        this.json = json;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.mappers = mappers.stream().collect(Collectors.toMap(TargetMapper::target, Function.identity()));
    }

    /** The mapper of a target, when this build has one. */
    public Optional<TargetMapper> mapper(String target) {
        return Optional.ofNullable(mappers.get(target));
    }

    @Override
    public Outcome map(Stored submission) {
        Optional<Map<String, Object>> binding = jdbc
                .sql("SELECT target, mapping::text AS mapping FROM collect_binding WHERE form = ?")
                .param(submission.formUuid())
                .query()
                .listOfRows()
                .stream()
                .findFirst();
        if (binding.isEmpty()) {
            return new Unbound();
        }
        String target = (String) binding.get().get("target");
        return map(submission, target, (String) binding.get().get("mapping"));
    }

    /** Maps a submission with a given binding (ingestion's hook, and mapping an unmapped submission again). */
    @Override
    public Outcome map(Stored submission, String target, String mappingJson) {
        TargetMapper mapper = mappers.get(target);
        if (mapper == null) {
            return new Unmapped(target, "No mapper for the target " + target);
        }
        JsonNode mapping = parsed.get(mappingJson, json::readTree);
        try {
            Outcome outcome = savepoint.execute(status -> {
                Outcome result = mapper.map(submission, mapping);
                if (result instanceof Unmapped) {
                    status.setRollbackOnly();
                }
                return result;
            });
            return outcome == null ? new Unmapped(target, "The target answered nothing") : outcome;
        } catch (RuntimeException refused) {
            return new Unmapped(target, reason(refused));
        }
    }

    @Override
    public Mapped mapOrUndo(Stored submission, String target, String mappingJson) {
        TargetMapper mapper = mappers.get(target);
        if (mapper == null) {
            throw new NotMapped(new Unmapped(target, "No mapper for the target " + target));
        }
        Outcome outcome;
        try {
            outcome = mapper.map(submission, parsed.get(mappingJson, json::readTree));
        } catch (RuntimeException refused) {
            throw new NotMapped(new Unmapped(target, reason(refused)));
        }
        if (outcome instanceof Mapped mapped) {
            return mapped;
        }
        throw new NotMapped(
                outcome instanceof Unmapped unmapped ? unmapped : new Unmapped(target, "The target answered nothing"));
    }

    /** What a reviewer reads of a refusal: the unreadable answer, the fields the target named, or the problem. */
    static String reason(RuntimeException refused) {
        String reason = switch (refused) {
            case Unmappable unmappable -> unmappable.getMessage();
            case InvalidFields invalid ->
                "Refused by the target: "
                        + invalid.fields().stream()
                                .map(f -> f.field() + " (" + f.code() + ")")
                                .collect(Collectors.joining(", "));
            case ProblemException problem -> "Refused by the target: " + problem.code() + argumentsOf(problem);
            case AccessDeniedException denied ->
                "Refused by the target: the user lacks the permission it needs (access.denied)";
            default ->
                "The target failed: " + refused.getClass().getSimpleName()
                        + (refused.getMessage() == null ? "" : ": " + refused.getMessage());
        };
        return reason.length() > 2_000 ? reason.substring(0, 2_000) + "…" : reason;
    }

    private static String argumentsOf(ProblemException problem) {
        Object[] arguments = problem.arguments();
        if (arguments.length == 0) {
            return "";
        }
        return " "
                + java.util.Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
