package org.masar.collect.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The bindings of forms to Masar targets: finds the form's binding and hands the submission to that target's mapper.
 * A form with no binding is {@link SubmissionBindings.Unbound}; a binding whose target has no mapper in this build is
 * kept for review with that reason, never dropped.
 */
@Service
class BindingService implements SubmissionBindings {

    /** Maps submissions of forms bound to one target. */
    interface TargetMapper {

        /** The target's code, as {@code collect_binding.target} holds it. */
        String target();

        /** Maps one submission with the binding's mapping JSON; returns {@link Mapped} or {@link Unmapped}. */
        Outcome map(Stored submission, String mappingJson);
    }

    private final JdbcClient jdbc;
    private final Map<String, TargetMapper> mappers;

    BindingService(JdbcClient jdbc, List<TargetMapper> mappers) {
        this.jdbc = jdbc;
        this.mappers = mappers.stream().collect(Collectors.toMap(TargetMapper::target, Function.identity()));
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
        TargetMapper mapper = mappers.get(target);
        if (mapper == null) {
            return new Unmapped(target, "No mapper for the target " + target);
        }
        return mapper.map(submission, (String) binding.get().get("mapping"));
    }
}
