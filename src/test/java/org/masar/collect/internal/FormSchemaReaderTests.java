package org.masar.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.collect.internal.xlsform.XlsFormConverter;
import org.masar.collect.internal.xlsform.XlsFormWorkbooks;

/**
 * A version's questions as {@link FormSchemaReader} reads them from the XForm Masar's converter writes for an XLSForm:
 * paths in form order with groups flattened, types, repeats, labels per language from itext, choices from the
 * secondary instances; and the instance a phone sends read against them ({@link SubmissionInstance}).
 */
class FormSchemaReaderTests {

    private static final String WORKBOOK = """
            | survey |
            |        | type              | name     | label::English (en) | label::العربية (ar) | calculation       |
            |        | text              | site     | Site                | الموقع              |                   |
            |        | begin_group       | location | Location            | المكان              |                   |
            |        | select_one muni   | baladiya | Municipality        | البلدية             |                   |
            |        | end_group         |          |                     |                     |                   |
            |        | select_multiple n | needs    | Needs               | الاحتياجات          |                   |
            |        | image             | photo    | Photo               | صورة                |                   |
            |        | begin_repeat      | member   | Member              | فرد                 |                   |
            |        | text              | name     | Name                | الاسم               |                   |
            |        | integer           | age      | Age                 | العمر               |                   |
            |        | end_repeat        |          |                     |                     |                   |
            |        | calculate         | total    |                     |                     | count(${member}) |
            | choices |
            |         | list_name | name    | label::English (en) | label::العربية (ar) |
            |         | muni      | sabha   | Sabha               | سبها                |
            |         | muni      | ubari   | Ubari               | أوباري              |
            |         | n         | food    | Food                | غذاء                |
            |         | n         | water   | Water               | ماء                 |
            | settings |
            |          | form_id     | version |
            |          | schema_form | 7       |
            """;

    @Test
    void questionsAreReadInFormOrderWithTypesRepeatsLabelsAndChoices() {
        String xml = XlsFormConverter.convert(XlsFormWorkbooks.xlsx(WORKBOOK), "schema.xlsx")
                .xml();
        UUID versionId = UUID.randomUUID();
        FormSchema schema = FormSchemaReader.read(versionId, "schema_form", "7", xml);

        assertThat(schema.versionId()).isEqualTo(versionId);
        assertThat(schema.fields().stream().map(FormSchema.Field::path).toList())
                .startsWith("site", "location/baladiya", "needs", "photo", "member/name", "member/age", "total")
                .contains("meta/instanceID");
        assertThat(schema.repeats()).containsExactly("member");
        Map<String, FormSchema.Field> byPath = new java.util.HashMap<>();
        schema.fields().forEach(field -> byPath.put(field.path(), field));

        assertThat(byPath.get("site").type()).isEqualTo("string");
        assertThat(byPath.get("site").labels()).containsEntry("en", "Site").containsEntry("ar", "الموقع");
        assertThat(byPath.get("site").repeat()).isNull();
        assertThat(byPath.get("location/baladiya").type()).isEqualTo("select1");
        assertThat(byPath.get("location/baladiya").name()).isEqualTo("baladiya");
        assertThat(byPath.get("location/baladiya").choices())
                .extracting(FormSchema.Choice::value)
                .containsExactly("sabha", "ubari");
        assertThat(byPath.get("location/baladiya").choices().get(1).labels())
                .containsEntry("en", "Ubari")
                .containsEntry("ar", "أوباري");
        assertThat(byPath.get("needs").type()).isEqualTo("select");
        assertThat(byPath.get("photo").type()).isEqualTo("binary");
        assertThat(byPath.get("photo").attachment()).isTrue();
        assertThat(byPath.get("member/age").type()).isEqualTo("int");
        assertThat(byPath.get("member/age").repeat()).isEqualTo("member");
        assertThat(byPath.get("total").labels()).isEmpty();
    }

    @Test
    void anInstanceIsReadOnceIntoAnswersWithItsRepeatsAndTheFilesItNames() {
        String xml = XlsFormConverter.convert(XlsFormWorkbooks.xlsx(WORKBOOK), "schema.xlsx")
                .xml();
        FormSchema schema = FormSchemaReader.read(UUID.randomUUID(), "schema_form", "7", xml);
        String instance = """
                <?xml version='1.0' ?><schema_form id="schema_form" version="7" xmlns:orx="http://openrosa.org/xforms">\
                <site>Sabha &amp; Ubari</site><location><baladiya>sabha</baladiya></location><needs>food water</needs>\
                <photo>1700000000.jpg</photo>\
                <member><name>Amal</name><age>30</age></member><member><name>Omar</name><age/></member>\
                <total>2</total><meta><instanceID>uuid:abc</instanceID><deprecatedID>uuid:old</deprecatedID></meta>\
                </schema_form>""";
        SubmissionInstance.Root[] root = new SubmissionInstance.Root[1];
        SubmissionInstance read = SubmissionInstance.read(instance.getBytes(StandardCharsets.UTF_8), r -> {
            root[0] = r;
            return Set.copyOf(schema.repeats());
        });

        assertThat(root[0]).isEqualTo(new SubmissionInstance.Root("schema_form", "7"));
        assertThat(read.instanceId()).isEqualTo("uuid:abc");
        assertThat(read.deprecatedId()).isEqualTo("uuid:old");
        assertThat(read.answers().value("site")).isEqualTo("Sabha & Ubari");
        assertThat(read.answers().value("location/baladiya")).isEqualTo("sabha");
        assertThat(read.answers().values()).doesNotContainKey("member/name");
        List<SubmissionAnswers> members = read.answers().repeats().get("member");
        assertThat(members).hasSize(2);
        assertThat(members.get(0).value("name")).isEqualTo("Amal");
        assertThat(members.get(1).value("age")).isNull();
        assertThat(SubmissionIntake.attachmentNames(schema, read.answers())).containsExactly("1700000000.jpg");
    }
}
