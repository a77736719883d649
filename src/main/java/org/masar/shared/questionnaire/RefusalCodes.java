package org.masar.shared.questionnaire;

/**
 * The message keys (or their module's last parts) a module gives what its questionnaire's validator refuses, so that
 * each module keeps its own problem codes.
 *
 * @param required a required definition field or answer is missing
 * @param unknownField the definition holds a field its schema does not know
 * @param definitionDoesNotFit a value in the definition does not fit its schema
 * @param unknownQuestion an answer to a question the version does not ask
 * @param answerDoesNotFit an answer does not fit its question (type, choices, range, length, date)
 */
public record RefusalCodes(
        String required,
        String unknownField,
        String definitionDoesNotFit,
        String unknownQuestion,
        String answerDoesNotFit) {}
