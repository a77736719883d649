package org.masar.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The StAX reading of stored instances that pages and exports share, and the export's columns and sheet names. */
class SubmissionExportXmlTests {

    static final String XML = """
            <?xml version='1.0' ?><visit id="v" version="1" xmlns:jr="http://openrosa.org/javarosa">
              <site>Tajoura &amp; Janzour</site><household><size>4</size><note/></household>
              <member><name>Amal</name><child><name>Sara</name></child><child><name>Ali</name></child></member>
              <member><name>Omar</name></member>
              <meta><instanceID>uuid:1</instanceID></meta></visit>""";

    @Test
    void answersAreReadByPathWithRepeatsNumberedWithinTheirParents() {
        SubmissionExportXml.Read read = SubmissionExportXml.read(XML, Set.of("member", "member/child"), true);
        assertThat(read.values())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("site", "Tajoura & Janzour", "household/size", "4", "meta/instanceID", "uuid:1"));
        List<SubmissionExportXml.Instance> members = read.repeats().get("member");
        assertThat(members).extracting(SubmissionExportXml.Instance::index).containsExactly("1", "2");
        assertThat(members.get(1).values()).containsEntry("member/name", "Omar");
        List<SubmissionExportXml.Instance> children = read.repeats().get("member/child");
        assertThat(children).extracting(SubmissionExportXml.Instance::index).containsExactly("1.1", "1.2");
        assertThat(children.get(1).values()).containsEntry("member/child/name", "Ali");

        SubmissionExportXml.Read flat = SubmissionExportXml.read(XML, Set.of("member", "member/child"), false);
        assertThat(flat.values()).doesNotContainKey("member/name").containsKey("site");
        assertThat(flat.repeats()).isEmpty();
    }

    @Test
    void anExportRowTakesOnlyItsColumnsAndSkipsTheRepeats() {
        SubmissionExportXml.Columns columns =
                SubmissionExportXml.Columns.of(List.of("site", "household/size", "name", "meta/instanceID"));
        String[] cells = new String[6];
        SubmissionExportXml.readInto(XML, columns, cells, 2, value -> "[" + value + "]");
        assertThat(cells)
                .containsExactly(
                        null, null, "[Tajoura & Janzour]", "[4]", null, "[uuid:1]"); // member/name is no column
    }

    @Test
    void aDocumentTypeIsNeverRead() {
        String xml = """
                <?xml version="1.0"?><!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <v><site>&x;</site></v>""";
        assertThat(SubmissionExportXml.read(xml, Set.of(), true).values()).doesNotContainValue("root");
    }

    @Test
    void columnsAreTheNewestVersionsThenThoseOnlyOlderOnesHave() {
        FormSchema newest = new FormSchema(
                UUID.randomUUID(),
                "v",
                "2",
                List.of(field("site", null), field("size", null), field("member/name", "member")),
                List.of("member"));
        FormSchema older = new FormSchema(
                UUID.randomUUID(),
                "v",
                "1",
                List.of(field("old", null), field("site", null), field("member/age", "member")),
                List.of("member"));
        SubmissionExportService.Columns columns = SubmissionExportService.columns(List.of(newest, older));
        assertThat(columns.main()).containsExactly("site", "size", "old");
        assertThat(columns.repeats()).containsOnlyKeys("member");
        assertThat(columns.repeats().get("member")).containsExactly("member/name", "member/age");
    }

    @Test
    void sheetNamesAreWhatExcelTakes() {
        Set<String> taken = new java.util.HashSet<>();
        assertThat(SubmissionExportService.sheetName("submissions", taken)).isEqualTo("submissions");
        assertThat(SubmissionExportService.sheetName("household/member", taken)).isEqualTo("household.member");
        String longPath = "a_rather_long_group_name/and_a_long_repeat_name";
        String first = SubmissionExportService.sheetName(longPath, taken);
        assertThat(first).hasSizeLessThanOrEqualTo(31);
        assertThat(SubmissionExportService.sheetName(longPath, taken))
                .isNotEqualTo(first)
                .hasSizeLessThanOrEqualTo(31);
    }

    private static FormSchema.Field field(String path, String repeat) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FormSchema.Field(path, name, "string", repeat, Map.of(), List.of());
    }
}
