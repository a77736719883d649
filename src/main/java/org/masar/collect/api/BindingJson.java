package org.masar.collect.api;

import java.time.Instant;
import org.masar.collect.Binding;
import tools.jackson.databind.JsonNode;

/** A form's binding as the API shows it. */
record BindingJson(String formId, String target, JsonNode mapping, String updatedBy, Instant updatedAt) {

    static BindingJson of(Binding binding) {
        return new BindingJson(
                binding.formId(), binding.target(), binding.mapping(), binding.updatedBy(), binding.updatedAt());
    }
}
