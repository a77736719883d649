package org.masar.collect;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import tools.jackson.databind.JsonNode;

/**
 * The binding of a form to a Masar target, and the submissions that could not be mapped into it. A binding names a
 * target ({@link #TARGETS}) and a mapping: which form field (by {@code ${name}} or path) or constant gives each of the
 * target's fields; {@code docs/collect-bindings.md} gives each target's mapping. Every submission received to a bound
 * form is mapped as it is stored, as the phone's user; one that cannot be is kept with its reason, listed here, and can
 * be mapped again once the binding or the data it needs is fixed.
 *
 * <p>Reading and changing a binding, and mapping again, need {@code collect:manage-forms}; listing unmapped
 * submissions {@code collect:manage-forms} or {@code collect:review}. Every step is audited.
 */
public interface Bindings {

    /** The targets a form may be bound to. */
    List<String> TARGETS = List.of("dtm-assessment", "dtm-flow-survey", "people-screening", "people-registration");

    /** The most unmapped submissions one request maps again. */
    int MAX_REMAP = 200;

    /**
     * The form's binding, if it has one.
     *
     * @throws FormNotFound when there is no such form
     */
    Optional<Binding> find(String formId);

    /**
     * Binds the form to a target, replacing its binding, after checking the mapping against the form's latest version.
     * Submissions already received keep what they became.
     *
     * @throws org.masar.shared.InvalidFields naming {@code target}, or each part of the mapping in error
     *     ({@code mapping.figures.idps.ind}: a field the form does not have, a required part missing…)
     * @throws FormNotFound when there is no such form
     */
    Binding put(String formId, String target, @Nullable JsonNode mapping);

    /**
     * Unbinds the form: submissions received from now on stay unmapped (their mapping columns empty).
     *
     * @throws BindingNotFound when the form has no binding
     */
    void delete(String formId);

    /** The form's current submissions kept unmapped, newest first, each with its reason; the read is audited. */
    PageJson<BindingUnmapped> unmapped(String formId, Paging paging);

    /**
     * Maps one unmapped submission again with the form's binding of now, as the user asking (the target's permissions
     * are theirs); the submission keeps the new outcome either way.
     *
     * @throws BindingSubmissionNotFound when the form has no such submission
     * @throws BindingNotFound when the form has no binding
     * @throws BindingNotUnmapped when the submission is already mapped, or was replaced by an edit
     */
    BindingOutcome map(String formId, UUID submissionId);

    /**
     * Maps again each current unmapped submission of the form, oldest first, at most {@link #MAX_REMAP} in one call;
     * each in its own savepoint.
     *
     * @throws BindingNotFound when the form has no binding
     */
    List<BindingOutcome> mapAll(String formId);
}
