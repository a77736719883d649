package org.masar.collect.internal.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.javarosa.form.api.FormEntryController.ANSWER_CONSTRAINT_VIOLATED;
import static org.javarosa.form.api.FormEntryController.ANSWER_OK;
import static org.javarosa.form.api.FormEntryController.ANSWER_REQUIRED_BUT_EMPTY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.junit.jupiter.api.Test;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;

/**
 * The realistic form of the issue: DTM Libya's key-informant assessment of a baladiya, in English and Arabic, as a real
 * {@code .xlsx} workbook in the test resources. It converts, loads in ODK JavaRosa, and JavaRosa fills it in as ODK
 * Collect would: choices filtered by the mantika, constraints refusing with their message in the chosen language,
 * questions made irrelevant by earlier answers never asked, a repeat counted by an answer, the instance name computed.
 */
class XlsFormDtmKeyInformantTests {

    private static final String ENGLISH = "English (en)";
    private static final String ARABIC = "العربية (ar)";

    @Test
    void theCommittedWorkbookSaysWhatItsSourceSays() throws Exception {
        XlsFormWorkbook workbook = XlsFormWorkbook.read(resource("dtm-key-informant.xlsx"));
        Map<String, List<List<String>>> source =
                XlsFormWorkbooks.sheets(new String(resource("dtm-key-informant.md"), StandardCharsets.UTF_8));
        assertThat(source).containsOnlyKeys("survey", "choices", "settings");
        for (Map.Entry<String, List<List<String>>> sheet : source.entrySet()) {
            SheetData read = workbook.sheet(sheet.getKey());
            assertThat(read).as(sheet.getKey()).isNotNull();
            List<String> header = sheet.getValue().getFirst();
            List<Map<String, String>> expected = new ArrayList<>();
            for (List<String> row : sheet.getValue().subList(1, sheet.getValue().size())) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    if (!row.get(i).isEmpty()) {
                        cells.put(header.get(i), row.get(i));
                    }
                }
                expected.add(cells);
            }
            assertThat(read.headers()).isEqualTo(header);
            assertThat(read.rows().stream().map(SheetRow::cells).toList())
                    .as(sheet.getKey())
                    .isEqualTo(expected);
        }
    }

    @Test
    void convertsWithItsIdVersionAndTitleAndLoadsInJavaRosaInBothLanguages() throws Exception {
        ConvertedXForm form = XlsFormConverter.convert(resource("dtm-key-informant.xlsx"), "data.xlsx");
        assertThat(form.formId()).isEqualTo("dtm_ki_baladiya");
        assertThat(form.version()).isEqualTo("2026120401");
        assertThat(form.title()).isEqualTo("DTM Libya: key-informant assessment");
        assertThat(form.mediaFiles()).isEmpty();

        FormDef definition = XlsFormTestSupport.javaRosa(form.xml());
        assertThat(definition.getTitle()).isEqualTo("DTM Libya: key-informant assessment");
        assertThat(definition.getLocalizer().getAvailableLocales()).containsExactly(ENGLISH, ARABIC);
        assertThat(definition.getLocalizer().getDefaultLocale()).isEqualTo(ENGLISH);
    }

    @Test
    void javaRosaFillsItInAsOdkCollectWould() throws Exception {
        Fill fill = new Fill(ENGLISH);
        Map<String, Integer> counts = new HashMap<>();
        fill.run((prompt) -> {
            String name = name(prompt);
            int seen = counts.merge(name, 1, Integer::sum);
            return switch (name) {
                case "mantika" -> one("LY0211");
                case "baladiya" -> {
                    // Only the baladiya of the chosen mantika are offered.
                    assertThat(prompt.getSelectChoices().stream().map(SelectChoice::getValue))
                            .containsExactly("LY021104", "LY021105", "LY021102");
                    yield one("LY021105");
                }
                case "ki_role" -> one("mukhtar");
                case "ki_sex" -> one("female");
                case "ki_phone" -> seen == 1 ? new StringData("12345") : new StringData("0912345678");
                case "consent", "idp_present" -> one("yes");
                case "idp_hh" -> new IntegerData(10);
                case "idp_ind" -> seen == 1 ? new IntegerData(5) : new IntegerData(40);
                case "idp_shelter" -> many("collective", "hosted");
                case "idp_origin" -> many("LY0322");
                case "ret_present" -> one("no");
                case "mig_ind" -> new IntegerData(100);
                case "mig_nationalities" -> seen == 1 ? many("NER", "SDN", "EGY", "TCD") : many("NER", "SDN");
                case "shelter_count" -> new IntegerData(2);
                case "shelter_name" -> new StringData("School " + seen);
                case "shelter_ind" -> new IntegerData(15);
                default -> null;
            };
        });
        // Each refused answer is refused with its own message, then the next one is taken.
        assertThat(fill.refusals)
                .containsExactly(
                        "ki_phone: A Libyan mobile number has ten digits and starts 091 to 095",
                        "idp_ind: Individuals cannot be fewer than households",
                        "mig_nationalities: Choose three at most");
        // Returnees were answered 'no': their figures were never asked; the repeat ran as many times as counted.
        assertThat(fill.asked).doesNotContain("ret_ind", "ret_since", "ki_role_other");
        assertThat(fill.asked.stream().filter("shelter_name"::equals)).hasSize(2);
        assertThat(fill.texts.get("summary")).isEqualTo("140 people recorded for LY021105");

        String instance = fill.submission();
        assertThat(instance)
                .contains("<data id=\"dtm_ki_baladiya\" version=\"2026120401\"")
                .contains("<baladiya>LY021105</baladiya>")
                .contains("<ki_phone>0912345678</ki_phone>")
                .contains("<idp_shelter>collective hosted</idp_shelter>")
                .contains("<shelter_name>School 1</shelter_name>")
                .contains("<shelter_name>School 2</shelter_name>")
                .contains("<total_ind>140</total_ind>")
                .containsPattern("<instanceName>LY021105 \\d{4}-\\d{2}-\\d{2}</instanceName>")
                .containsPattern("<instanceID>uuid:[0-9a-f-]{36}</instanceID>")
                .contains("<deviceid>collect:test-phone</deviceid>")
                .contains("<username>enumerator-7</username>");
    }

    @Test
    void anInformantWhoDeclinesIsAskedNothingMoreAndArabicLabelsAreShown() throws Exception {
        // The role is "other": the text to specify it is asked (or_other).
        Fill fill = new Fill(ARABIC);
        fill.run(prompt -> switch (name(prompt)) {
            case "mantika" -> one("LY0319");
            case "baladiya" -> one("LY031901");
            case "ki_role" -> one("other");
            case "ki_role_other" -> new StringData("إمام المسجد");
            case "ki_sex" -> one("male");
            case "consent" -> one("no");
            default -> null;
        });
        assertThat(fill.asked)
                .containsExactly(
                        "mantika",
                        "baladiya",
                        "muhalla",
                        "gps",
                        "ki_role",
                        "ki_role_other",
                        "ki_sex",
                        "ki_phone",
                        "consent");
        assertThat(fill.texts.get("mantika")).isEqualTo("المنطقة");
        assertThat(fill.texts.get("consent")).isEqualTo("هل يوافق المخبر على الإجابة؟");
        assertThat(fill.choiceLabels.get("ki_sex")).containsExactly("أنثى", "ذكر");
    }

    @Test
    void aRequiredQuestionLeftEmptyIsRefused() throws Exception {
        Fill fill = new Fill(ENGLISH);
        fill.prepare();
        while (fill.controller.stepToNextEvent() != FormEntryController.EVENT_QUESTION) {
            // to the first question
        }
        assertThat(name(fill.model.getQuestionPrompt())).isEqualTo("mantika");
        assertThat(fill.controller.answerQuestion(null, true)).isEqualTo(ANSWER_REQUIRED_BUT_EMPTY);
        assertThat(fill.controller.answerQuestion(one("LY0103"), true)).isEqualTo(ANSWER_OK);
    }

    /** One filling of the form, question by question, as ODK Collect walks it. */
    private static final class Fill {
        final String language;
        FormDef form;
        FormEntryModel model;
        FormEntryController controller;
        final List<String> asked = new ArrayList<>();
        final Map<String, String> texts = new HashMap<>();
        final Map<String, List<String>> choiceLabels = new HashMap<>();
        final List<String> refusals = new ArrayList<>();

        Fill(String language) {
            this.language = language;
        }

        void prepare() throws IOException {
            PropertyManager.setPropertyManager(new PhoneProperties());
            form = XlsFormTestSupport.javaRosa(XlsFormConverter.convert(resource("dtm-key-informant.xlsx"), "data.xlsx")
                    .xml());
            form.initialize(true, new InstanceInitializationFactory());
            model = new FormEntryModel(form);
            controller = new FormEntryController(model);
            controller.setLanguage(language);
        }

        void run(Function<FormEntryPrompt, IAnswerData> answers) throws IOException {
            prepare();
            for (int event = controller.stepToNextEvent();
                    event != FormEntryController.EVENT_END_OF_FORM;
                    event = controller.stepToNextEvent()) {
                if (event != FormEntryController.EVENT_QUESTION) {
                    continue;
                }
                FormEntryPrompt prompt = model.getQuestionPrompt();
                String name = name(prompt);
                asked.add(name);
                texts.put(name, prompt.getQuestionText());
                if (prompt.getSelectChoices() != null) {
                    choiceLabels.put(
                            name,
                            prompt.getSelectChoices().stream()
                                    .map(prompt::getSelectChoiceText)
                                    .toList());
                }
                for (IAnswerData answer = answers.apply(prompt); answer != null; ) {
                    int result = controller.answerQuestion(answer, true);
                    if (result == ANSWER_OK) {
                        break;
                    }
                    assertThat(result).as(name).isEqualTo(ANSWER_CONSTRAINT_VIOLATED);
                    refusals.add(name + ": " + model.getQuestionPrompt().getConstraintText());
                    answer = answers.apply(prompt);
                }
            }
        }

        String submission() throws IOException {
            form.postProcessInstance();
            return new String(
                    new XFormSerializingVisitor().serializeInstance(form.getInstance()), StandardCharsets.UTF_8);
        }
    }

    /** What ODK Collect gives its preloads: the phone's properties (deviceid, username…). */
    private static final class PhoneProperties implements IPropertyManager {
        private final Map<String, String> properties =
                Map.of("deviceid", "collect:test-phone", "username", "enumerator-7", "email", "");

        @Override
        public List<String> getProperty(String name) {
            return List.of(getSingularProperty(name));
        }

        @Override
        public void setProperty(String name, String value) {}

        @Override
        public void setProperty(String name, List<String> values) {}

        @Override
        public String getSingularProperty(String name) {
            return properties.getOrDefault(name, "");
        }

        @Override
        public void addRules(IPropertyRules rules) {}

        @Override
        public List<IPropertyRules> getRules() {
            return List.of();
        }
    }

    private static String name(FormEntryPrompt prompt) {
        return prompt.getIndex().getReference().getNameLast();
    }

    private static SelectOneData one(String value) {
        return new SelectOneData(new Selection(value));
    }

    private static SelectMultiData many(String... values) {
        List<Selection> selections = new ArrayList<>();
        for (String value : values) {
            selections.add(new Selection(value));
        }
        return new SelectMultiData(selections);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = XlsFormDtmKeyInformantTests.class.getResourceAsStream("/collect/xlsform/" + name)) {
            if (in == null) {
                throw new IOException("No test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
