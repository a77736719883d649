/**
 * Questionnaires defined as data, the one mechanism every module with a programme-specific questionnaire uses
 * (vulnerability screening in {@code people}, flow-monitoring surveys in {@code dtm}; next case types and
 * post-distribution monitoring): a version's definition is checked against the module's definition schema, the JSON
 * Schema its answers must fit is derived from the definition, and answers are checked against it, with networknt's
 * validator (draft 2020-12, formats asserted). What is refused comes back as {@link org.masar.shared.InvalidFields}
 * fields named as the request's JSON names them.
 *
 * <p>What a questionnaire means (the flags and priority screening answers set, the questions a survey may not ask) stays
 * in its module: this package only knows the shape of questions and answers.
 */
@org.springframework.modulith.NamedInterface("questionnaire")
@NullMarked
package org.masar.shared.questionnaire;

import org.jspecify.annotations.NullMarked;
