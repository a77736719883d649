package org.masar.collect.internal.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.errors;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.collect.XlsFormInvalid;
import org.masar.collect.XlsFormInvalid.Error;

/** A form with errors is refused with every error, each naming its sheet, row (as the spreadsheet shows) and reason. */
class XlsFormErrorsTests {

    @Test
    void everyErrorOfTheSurveyIsFoundAtOnceInTheOrderOfTheWorkbook() {
        List<Error> errors = errors("""
                | survey |
                |        | type              | name   | label | relevant      | calculation |
                |        | text              | ok     | Ok    |               |             |
                |        | foo               | a      | A     |               |             |
                |        | text              |        | B     |               |             |
                |        | text              | 1abc   | C     |               |             |
                |        | text              | ok     | D     |               |             |
                |        | text              | e      | E     | ${nothing} > 1 |            |
                |        | select_one nope   | f      | F     |               |             |
                |        | select_one        | g      | G     |               |             |
                |        | calculate         | h      |       |               |             |
                |        | integer           | i      | I ${ghost} |          |             |
                |        | text              | j      | J     | (${ok}        |             |
                |        |                   | k      | K     |               |             |
                |        | end group         |        |       |               |             |
                |        | begin repeat      | r      | R     |               |             |
                """);
        assertThat(errors).extracting(Error::sheet).containsOnly("survey");
        assertThat(errors).extracting(Error::row).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(errors.get(0).reason()).isEqualTo("Unknown question type 'foo'.");
        assertThat(errors.get(1).reason())
                .isEqualTo("The 'name' value is invalid. Questions, groups and repeats must have a name.");
        assertThat(errors.get(2).reason())
                .isEqualTo("The 'name' value is invalid. Names must begin with a letter or underscore. After the"
                        + " first character, names may contain letters, digits, underscores, hyphens, or periods.");
        assertThat(errors.get(3).reason())
                .isEqualTo("The 'name' value 'ok' is invalid. Questions, groups, and repeats must be unique within"
                        + " their nearest parent group or repeat, or the survey if not inside a group or repeat.");
        assertThat(errors.get(4).reason())
                .isEqualTo("The 'relevant' value is invalid. Reference variables must contain a name from the"
                        + " 'survey' sheet. Could not find the name 'nothing'.");
        assertThat(errors.get(5).reason()).isEqualTo("The list 'nope' is not in the choices sheet.");
        assertThat(errors.get(6).reason()).isEqualTo("The select_one question has no list name after its type.");
        assertThat(errors.get(7).reason()).isEqualTo("The calculate question 'h' has no calculation.");
        assertThat(errors.get(8).reason())
                .contains("The 'label' value is invalid")
                .contains("'ghost'");
        assertThat(errors.get(9).reason()).startsWith("The relevant '(${ok}' is not a valid expression");
        assertThat(errors.get(10).reason()).isEqualTo("The question has no type.");
        assertThat(errors.get(11).reason())
                .isEqualTo("Unmatched 'end_group'. No matching 'begin_group' was found for the name ''.");
        assertThat(errors.get(12).reason())
                .isEqualTo("Unmatched 'begin_repeat'. No matching 'end_repeat' was found for the name 'r'.");
    }

    @Test
    void aReferenceToANameUsedTwiceIsAmbiguous() {
        List<Error> errors = errors("""
                | survey |
                |        | type        | name | label | relevant  |
                |        | begin group | g1   | G1    |           |
                |        | text        | x    | X     |           |
                |        | end group   |      |       |           |
                |        | begin group | g2   | G2    |           |
                |        | text        | x    | X     |           |
                |        | end group   |      |       |           |
                |        | text        | y    | Y     | ${x} = 'a' |
                """);
        assertThat(errors)
                .containsExactly(new Error(
                        "survey",
                        8,
                        "The 'relevant' value is invalid. Reference variables names must be unique anywhere in the 'survey'."
                                + " The name 'x' appears more than once."));
    }

    @Test
    void repeatNamesAreUniqueInTheWholeSurveyAndBackgroundGeopointsNeedATrigger() {
        assertThat(errors("""
                        | survey |
                        |        | type                | name | label |
                        |        | begin repeat        | r    | R     |
                        |        | begin repeat        | r    | R     |
                        |        | end repeat          |      |       |
                        |        | end repeat          |      |       |
                        |        | begin repeat        | data | D     |
                        |        | end repeat          |      |       |
                        |        | background-geopoint | g    |       |
                        """))
                .containsExactly(
                        new Error(
                                "survey",
                                3,
                                "The 'name' value 'r' is invalid. Repeat names must unique anywhere in the survey, at"
                                        + " all levels of group or repeat nesting."),
                        new Error(
                                "survey",
                                6,
                                "The 'name' value 'data' is invalid. Repeat names must not be the same as the survey"
                                        + " root (which defaults to 'data')."),
                        new Error(
                                "survey",
                                8,
                                "The background-geopoint question needs a trigger: the question whose change records"
                                        + " the location."));
    }

    @Test
    void externalInstancesAreDeclaredOnceBySource() {
        assertThat(errors("""
                        | survey |
                        |        | type                          | name   | label | calculation                   |
                        |        | xml-external                  | towns  |       |                               |
                        |        | calculate                     | x      |       | pulldata('towns', 'a', 'b', 1) |
                        |        | select_one_external city      | city   | City  |                               |
                        """))
                .containsExactly(
                        new Error(
                                "survey",
                                3,
                                "Instance names must be unique within a form. The name 'towns' is used for both"
                                        + " jr://file/towns.xml and jr://file-csv/towns.csv."),
                        new Error("survey", 4, "The list 'city' is not in the external_choices sheet."),
                        new Error("survey", 4, "A select_one_external question needs a choice_filter."));
    }

    @Test
    void theChoicesSheetsErrorsNameTheirRows() {
        List<Error> errors = errors("""
                | survey |
                |        | type              | name | label |
                |        | select_multiple l | a    | A     |
                | choices |
                |         | list_name | name    | label |
                |         | l         | one     | One   |
                |         | l         |         | Two   |
                |         | l         | three   |       |
                |         | l         | one     | Again |
                |         | l         | two two | Space |
                |         |           | x       | X     |
                """);
        assertThat(errors)
                .containsExactly(
                        new Error("choices", 3, "The 'name' value is invalid. Choices must have a name."),
                        new Error("choices", 4, "The 'label' value is invalid. Choices should have a label."),
                        new Error(
                                "choices",
                                5,
                                "The 'name' value is invalid. Choice names must be unique for each choice list. If"
                                        + " this is intentional, use the setting 'allow_choice_duplicates'."),
                        new Error(
                                "choices",
                                6,
                                "The choice name 'two two' has a space: choices of a select_multiple cannot (list"
                                        + " 'l')."),
                        new Error("choices", 7, "The 'list_name' value is invalid. Choices must belong to a list."));
    }

    @Test
    void duplicateChoicesAreAllowedWhenTheSettingsSaySo() {
        assertThat(XlsFormTestSupport.convert("""
                        | survey |
                        |        | type         | name | label |
                        |        | select_one l | a    | A     |
                        | choices |
                        |         | list_name | name | label |
                        |         | l         | one  | One   |
                        |         | l         | one  | Uno   |
                        | settings |
                        |          | allow_choice_duplicates |
                        |          | yes                     |
                        """).xml()).contains("<name>one</name>");
    }

    @Test
    void badSettingsAreNamed() {
        List<Error> errors = errors("""
                | survey |
                |        | type | name | label |
                |        | text | a    | A     |
                | settings |
                |          | form_id  | version | public_key   | name   | auto_send | instance_name |
                |          | my form  | 1 2     | not-a-key!!  | 9lives | maybe     | ${nope}       |
                """);
        assertThat(errors)
                .extracting(Error::sheet, Error::row)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("settings", 2));
        assertThat(errors)
                .extracting(Error::reason)
                .containsExactlyInAnyOrder(
                        "The name '9lives' is not a valid XML name.",
                        "The form_id 'my form' must not contain spaces.",
                        "The version '1 2' must not contain spaces.",
                        "The public_key is not a base64-encoded RSA public key.",
                        "The auto_send setting must be 'yes' or 'no', not 'maybe'.",
                        "The 'instance_name' value is invalid. Reference variables must contain a name from the"
                                + " 'survey' sheet. Could not find the name 'nope'.");
    }

    @Test
    void badParametersAreNamed() {
        List<Error> errors = errors("""
                | survey |
                |        | type    | name | label | parameters           |
                |        | range   | a    | A     | start=x end=10       |
                |        | text    | b    | B     | randomize=true       |
                |        | audio   | c    | C     | quality=loud         |
                |        | image   | d    | D     | max-pixels=big       |
                """);
        assertThat(errors)
                .containsExactly(
                        new Error(
                                "survey",
                                2,
                                "The 'parameters' value is invalid. For the 'range' question type, the parameter"
                                        + " 'start' must be a number."),
                        new Error(
                                "survey",
                                3,
                                "The 'parameters' value is invalid. The accepted parameter keys for this question"
                                        + " type are ''. The following are invalid parameter key(s): 'randomize'."),
                        new Error(
                                "survey",
                                4,
                                "The audio quality 'loud' is not one of voice-only, low, normal, external."),
                        new Error("survey", 5, "The max-pixels parameter must be a whole number."));
    }

    @Test
    void entityErrorsNameTheEntitiesSheet() {
        assertThat(errors("""
                        | survey |
                        |        | type | name | label | save_to |
                        |        | text | a    | A     | name    |
                        | entities |
                        |          | list_name | update_if |
                        |          | __trees   | ${a} = '' |
                        """))
                .containsExactly(
                        new Error("survey", 2, "The save_to 'name' is not a valid entity property name."),
                        new Error("entities", 2, "The list_name '__trees' is not a valid dataset name."),
                        new Error("entities", 2, "The entity has no label: an entity created by the form needs one."),
                        new Error("entities", 2, "The entity has an update_if but no entity_id."));
        assertThat(errors("""
                        | survey |
                        |        | type | name | label | save_to |
                        |        | text | a    | A     | size    |
                        """))
                .containsExactly(
                        new Error("survey", 2, "The save_to column needs an entities sheet that declares the entity."));
        assertThat(errors("""
                        | survey |
                        |        | type | name | label |
                        |        | text | a    | A     |
                        | entities |
                        |          | list_name | entity_id |
                        |          | trees     | ${a}      |
                        """))
                .extracting(Error::sheet, Error::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entities", 2));
    }

    @Test
    void whatJavaRosaRefusesIsAnErrorOfTheWholeForm() {
        assertThat(errors("""
                        | survey |
                        |        | type | name | label | body::ref |
                        |        | text | a    | A     | /data/zz  |
                        """))
                .containsExactly(new Error(
                        null,
                        null,
                        "ODK JavaRosa cannot load the converted form: Question bound to non-existent node:"
                                + " [/data/zz]"));
    }

    @Test
    void whatIsNotAnXlsFormWorkbookIsAnErrorOfTheWholeFile() {
        for (byte[] content : List.of(new byte[0], new byte[] {1, 2, 3}, "type,name\ntext,a\n".getBytes(), new byte[] {
            'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        })) {
            XlsFormInvalid invalid =
                    catchThrowableOfType(XlsFormInvalid.class, () -> XlsFormConverter.convert(content, "data.xlsx"));
            assertThat(invalid).isNotNull();
            assertThat(invalid.errors()).singleElement().satisfies(error -> {
                assertThat(error.sheet()).isNull();
                assertThat(error.row()).isNull();
            });
        }
        XlsFormInvalid noSurvey = catchThrowableOfType(
                XlsFormInvalid.class,
                () -> XlsFormConverter.convert(
                        XlsFormWorkbooks.xlsx(Map.of("choices", List.of(List.of("list_name")))), "data.xlsx"));
        assertThat(noSurvey.errors())
                .containsExactly(new Error(null, null, "The workbook has no 'survey' sheet: an XLSForm needs one."));
    }

    @Test
    void aWorkbookThatUnpacksTooLargeIsRefusedBeforeItIsParsed() {
        StringBuilder rows = new StringBuilder("| survey |\n| | type | name | label |\n");
        String label = "x".repeat(30_000);
        for (int i = 0; i < 1_200; i++) {
            rows.append("| | text | q")
                    .append(i)
                    .append(" | ")
                    .append(label)
                    .append(i)
                    .append(" |\n");
        }
        XlsFormInvalid invalid =
                catchThrowableOfType(XlsFormInvalid.class, () -> XlsFormTestSupport.convert(rows.toString()));
        assertThat(invalid.errors()).containsExactly(new Error(null, null, "The workbook unpacks to more than 32 MB."));
    }
}
