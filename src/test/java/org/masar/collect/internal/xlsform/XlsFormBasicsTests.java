package org.masar.collect.internal.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.assertMatches;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.convert;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.javaRosa;

import org.junit.jupiter.api.Test;
import org.masar.collect.ConvertedXForm;

/** The basic question types, groups and labels in two languages, compared with what pyxform writes. */
class XlsFormBasicsTests {

    @Test
    void basicTypesAndTwoLanguagesAsPyxformWritesThem() {
        ConvertedXForm form = convert("""
                | survey |
                |        | type              | name     | label::English (en) | label::العربية (ar) | required |
                |        | text              | site     | Site name           | اسم الموقع          | yes      |
                |        | integer           | hh       | Households          | عدد الأسر           |          |
                |        | decimal           | share    | Share               | النسبة              |          |
                |        | select_one yn     | idp      | IDPs present?       | هل يوجد نازحون؟     |          |
                |        | select_multiple n | needs    | Needs               | الاحتياجات          |          |
                |        | begin group       | g        | Group               | مجموعة              |          |
                |        | note              | thanks   | Thank you           | شكراً               |          |
                |        | end group         |          |                     |                     |          |
                | choices |
                |         | list_name | name | label::English (en) | label::العربية (ar) |
                |         | yn        | yes  | Yes                 | نعم                 |
                |         | yn        | no   | No                  | لا                  |
                |         | n         | food | Food                | غذاء                |
                |         | n         | water| Water               | ماء                 |
                | settings |
                |          | form_title    | form_id    | version | default_language |
                |          | KI assessment | ki_round_1 | 2026120401 | English (en)  |
                """);
        String xml = form.xml();
        assertThat(form.formId()).isEqualTo("ki_round_1");
        assertThat(form.version()).isEqualTo("2026120401");
        assertThat(form.title()).isEqualTo("KI assessment");
        assertThat(form.mediaFiles()).isEmpty();
        assertMatches(
                xml,
                "/h:html/h:head/h:title[.='KI assessment']",
                "/h:html/h:head/x:model[@odk:xforms-version='1.0.0']",
                "/h:html/h:head/x:model/x:instance/x:data[@id='ki_round_1' and @version='2026120401']",
                "/h:html/h:head/x:model/x:instance/x:data/x:site",
                "/h:html/h:head/x:model/x:instance/x:data/x:g/x:thanks",
                "/h:html/h:head/x:model/x:instance/x:data/x:meta/x:instanceID",
                "/h:html/h:head/x:model/x:bind[@nodeset='/data/site' and @type='string' and @required='true()']",
                "/h:html/h:head/x:model/x:bind[@nodeset='/data/hh' and @type='int']",
                "/h:html/h:head/x:model/x:bind[@nodeset='/data/share' and @type='decimal']",
                "/h:html/h:head/x:model/x:bind[@nodeset='/data/g/thanks' and @readonly='true()']",
                "/h:html/h:head/x:model/x:bind[@nodeset='/data/meta/instanceID' and @jr:preload='uid'"
                        + " and @readonly='true()']",
                "/h:html/h:head/x:model/x:itext/x:translation[@lang='English (en)' and @default='true()']",
                "/h:html/h:head/x:model/x:itext/x:translation[@lang='العربية (ar)' and not(@default)]",
                "//x:translation[@lang='العربية (ar)']/x:text[@id='/data/site:label']/x:value[.='اسم الموقع']",
                "//x:translation[@lang='English (en)']/x:text[@id='yn-0']/x:value[.='Yes']",
                "//x:translation[@lang='العربية (ar)']/x:text[@id='n-1']/x:value[.='ماء']",
                "/h:html/h:head/x:model/x:instance[@id='yn']/x:root/x:item[x:itextId='yn-1' and x:name='no']",
                "/h:html/h:body/x:input[@ref='/data/site']/x:label[@ref=\"jr:itext('/data/site:label')\"]",
                "/h:html/h:body/x:select1[@ref='/data/idp']/x:itemset[@nodeset=\"instance('yn')/root/item\"]"
                        + "[x:value/@ref='name' and x:label/@ref='jr:itext(itextId)']",
                "/h:html/h:body/x:select[@ref='/data/needs']",
                "/h:html/h:body/x:group[@ref='/data/g']/x:input[@ref='/data/g/thanks']");
        javaRosa(xml);
    }

    @Test
    void numbersAndBooleansTypedInTheSpreadsheetReadAsTheyShow() {
        ConvertedXForm form = convert("""
                | survey |
                |        | type         | name | label | required | default | constraint |
                |        | integer      | a    | A     | TRUE     | 3       | . < 10.5   |
                |        | select_one n | b    | B     | FALSE    | 2       |            |
                | choices |
                |         | list_name | name | label |
                |         | n         | 1    | One   |
                |         | n         | 2    | Two   |
                | settings |
                |          | version    | form_id |
                |          | 2026120401 | typed   |
                """);
        assertThat(form.version()).isEqualTo("2026120401");
        assertMatches(
                form.xml(),
                "//x:bind[@nodeset='/data/a' and @required='true()']",
                "//x:bind[@nodeset='/data/b' and not(@required)]",
                "/h:html/h:head/x:model/x:instance/x:data[x:a='3' and x:b='2']",
                "/h:html/h:head/x:model/x:instance[@id='n']/x:root/x:item[x:name='1' and x:label='One']");
        javaRosa(form.xml());
    }

    @Test
    void oneLanguageIsWrittenInline() {
        String xml = convert("""
                | survey |
                |        | type          | name | label      | hint      |
                |        | text          | a    | Name       | Full name |
                |        | select_one yn | b    | Hello ${a} |           |
                | choices |
                |         | list_name | name | label |
                |         | yn        | yes  | Yes   |
                |         | yn        | no   | No    |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:body/x:input[@ref='/data/a']/x:label[.='Name']",
                "/h:html/h:body/x:input[@ref='/data/a']/x:hint[.='Full name']",
                "/h:html/h:body/x:select1[@ref='/data/b']/x:label/x:output[@value=' /data/a ']",
                "/h:html/h:head/x:model/x:instance[@id='yn']/x:root/x:item[x:label='No' and x:name='no']",
                "/h:html/h:body/x:select1/x:itemset/x:label[@ref='label']",
                "/h:html/h:head/x:model[not(x:itext)]");
        assertThat(xml).contains("<label>Hello <output value=\" /data/a \"/></label>");
        javaRosa(xml);
    }

    @Test
    void aFormWhoseSettingsNameNoneIsNamedAfterItsFileAsPyxformNamesIt() {
        byte[] workbook = XlsFormWorkbooks.xlsx("""
                | survey |
                |        | type | name | label |
                |        | text | a    | Name  |
                """);
        ConvertedXForm household = XlsFormConverter.convert(workbook, "uploads/household survey.xlsx");
        assertThat(household.formId()).isEqualTo("household_survey");
        assertMatches(household.xml(), "/h:html/h:head/x:model/x:instance/x:household_survey[@id='household_survey']");
        javaRosa(household.xml());
        // Another file, another form: never two forms under one id because neither named itself.
        assertThat(XlsFormConverter.convert(workbook, "2026 flow.xlsx").formId())
                .isEqualTo("_2026_flow");
        assertThat(XlsFormConverter.convert(workbook, ".xlsx").formId()).isEqualTo("data");
    }
}
