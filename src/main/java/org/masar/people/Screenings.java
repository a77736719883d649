package org.masar.people;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Vulnerability screening, defined as data. A programme manager ({@code people:manage-screening}) publishes a new
 * version of the questionnaire whenever it must change, without a release; a caseworker ({@code people:screen}, the
 * person in scope) records a person's answers, which are validated against their version's JSON Schema and kept with
 * it, with the flags and priority they set. The person's timeline shows that they were screened and the priority, never
 * the flags.
 */
public interface Screenings {

    /** The mission's vulnerability screening, the questionnaire seeded with the application. */
    String VULNERABILITY = "vulnerability";

    /**
     * Publishes the next version of the vulnerability screening. Needs {@code people:manage-screening}.
     *
     * @throws org.masar.shared.InvalidFields naming each part of the definition that does not hold
     */
    ScreeningVersion publish(JsonNode definition);

    /** The latest version, which new screenings answer. */
    ScreeningVersion current();

    /** @throws ScreeningVersionNotFound when there is no such version */
    ScreeningVersion version(ScreeningVersionId id);

    /** Every version, the latest first. */
    List<ScreeningVersion> versions();

    /**
     * Records a person's answers to a version (the current one when null). Nothing is written unless every answer fits.
     *
     * @throws org.masar.shared.InvalidFields naming each answer that does not fit ({@code answers.<question id>})
     */
    Screening screen(PersonId person, @Nullable ScreeningVersionId version, JsonNode answers);

    /** A person's screenings, the latest first, as far as the reader may see them; the view is audited. */
    List<Screening> screeningsOf(PersonId person);
}
