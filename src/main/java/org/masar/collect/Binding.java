package org.masar.collect;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A form bound to a Masar target.
 *
 * @param target one of {@link Bindings#TARGETS}
 * @param mapping the target's mapping, as saved
 */
public record Binding(String formId, String target, JsonNode mapping, String updatedBy, Instant updatedAt) {}
