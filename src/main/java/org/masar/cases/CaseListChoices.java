package org.masar.cases;

import java.util.List;
import org.masar.access.BilingualName;

/**
 * What a list's filter offers: the active case types and the stages, each a code and its name in both languages.
 *
 * @param types the case types, by name
 * @param stages the stages by position (a code names the same step in every type that has it)
 */
public record CaseListChoices(List<Choice> types, List<Choice> stages) {

    public CaseListChoices {
        types = List.copyOf(types);
        stages = List.copyOf(stages);
    }

    /** A code and its name. */
    public record Choice(String code, BilingualName name) {}
}
