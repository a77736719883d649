package org.masar.assistance;

import java.util.List;
import java.util.UUID;
import org.masar.people.PersonId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import tools.jackson.databind.JsonNode;

/**
 * Post-distribution monitoring: the PDM questionnaire (defined as data, versioned, as {@code people}'s screening),
 * surveys of the recipients of a distribution or a cash cycle with the sample the server draws, one interview (or "not
 * reached" / "refused") per sampled person, and the summary. Everything needs {@code assistance:monitor}; a user limited
 * to programmes or baladiya works only on the surveys under theirs (403 otherwise, audited).
 */
public interface Monitoring {

    /** The version new surveys use: the last published. */
    MonitoringQuestionnaire currentQuestionnaire();

    /**
     * One version by its number.
     *
     * @throws MonitoringNotFound when there is none
     */
    MonitoringQuestionnaire questionnaire(int number);

    /**
     * Publishes a new version, which new surveys use; surveys already created keep theirs.
     *
     * @throws org.masar.shared.InvalidFields naming each field of the definition that does not fit (a 400)
     */
    MonitoringQuestionnaire publish(JsonNode definition);

    /** The version a survey's interviews answer (the one current when it was created). */
    MonitoringQuestionnaire questionnaireOf(UUID survey);

    /** The distributions and cash cycles whose recipients the user may survey, latest delivery first. */
    List<MonitoringSource> sources(int limit);

    /**
     * Creates a survey of the recipients of a distribution or cash cycle and draws its sample.
     *
     * @throws org.masar.shared.InvalidFields for a bad request (a 400)
     * @throws MonitoringConflict when it has no recipients (a 409)
     * @throws MonitoringOutOfScope when its programme or baladiya is not the user's (a 403)
     */
    MonitoringSurvey create(MonitoringNewSurvey survey);

    /** The surveys the user may see, newest first. */
    PageJson<MonitoringSurvey> list(Paging paging);

    MonitoringSurvey get(UUID survey);

    /** The sampled persons in the order drawn, with their outcome; audited as a read of people's data. */
    PageJson<MonitoringSampled> sample(UUID survey, Paging paging);

    /**
     * One sampled person as the sample list shows them; audited as a read of people's data.
     *
     * @throws MonitoringConflict when the person was not sampled (a 409)
     */
    MonitoringSampled sampled(UUID survey, PersonId person);

    /**
     * Records the interview of a sampled person (or that they were not reached or refused).
     *
     * @throws org.masar.shared.InvalidFields naming the fields and answers in error (a 400)
     * @throws MonitoringConflict for a person not sampled, or already recorded (a 409)
     */
    MonitoringInterview record(UUID survey, MonitoringNewInterview interview);

    /** A sampled person's interview, with the version it answered; audited as a read. */
    MonitoringInterview interview(UUID survey, PersonId person);

    /** The survey's figures: outcomes, satisfaction, shares, places and problems, by sex. No names. */
    MonitoringSummary summary(UUID survey);
}
