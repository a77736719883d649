package org.masar.collect.api;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A form's binding as a client sends it.
 *
 * @param target one of {@code dtm-assessment}, {@code dtm-flow-survey}, {@code people-screening},
 *     {@code people-registration}
 * @param mapping the target's mapping (see {@code docs/collect-bindings.md})
 */
record BindingRequest(@Nullable String target, @Nullable JsonNode mapping) {}
