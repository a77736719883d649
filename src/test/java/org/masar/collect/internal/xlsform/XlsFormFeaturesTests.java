package org.masar.collect.internal.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.assertMatches;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.convert;
import static org.masar.collect.internal.xlsform.XlsFormTestSupport.javaRosa;

import org.junit.jupiter.api.Test;
import org.masar.collect.ConvertedXForm;

/**
 * One feature of the XLSForm specification at a time, each asserting what pyxform writes for it (the XPath assertions
 * of pyxform's own tests: structure, binds, itext, body) and that JavaRosa loads the result.
 */
class XlsFormFeaturesTests {

    @Test
    void everyQuestionTypeIsBoundAndShownAsPyxformDoes() {
        String xml = convert("""
                | survey |
                |        | type             | name | label | parameters        |
                |        | text             | t    | T     |                   |
                |        | integer          | i    | I     |                   |
                |        | decimal          | d    | D     |                   |
                |        | date             | da   | Da    |                   |
                |        | time             | ti   | Ti    |                   |
                |        | dateTime         | dt   | Dt    |                   |
                |        | geopoint         | gp   | Gp    | capture-accuracy=5 warning-accuracy=50 |
                |        | geotrace         | gt   | Gt    |                   |
                |        | geoshape         | gs   | Gs    | allow-mock-accuracy=true |
                |        | barcode          | bc   | Bc    |                   |
                |        | image            | im   | Im    | max-pixels=1024   |
                |        | audio            | au   | Au    | quality=voice-only |
                |        | video            | vi   | Vi    |                   |
                |        | file             | fi   | Fi    |                   |
                |        | note             | no   | No    |                   |
                |        | acknowledge      | ac   | Ac    |                   |
                |        | range            | ra   | Ra    | start=0 end=5 step=0.5 |
                |        | rank fruits      | rk   | Rk    |                   |
                |        | hidden           | hi   |       |                   |
                |        | start            | st   |       |                   |
                |        | end              | en   |       |                   |
                |        | today            | to   |       |                   |
                |        | deviceid         | de   |       |                   |
                |        | phonenumber      | ph   |       |                   |
                |        | username         | us   |       |                   |
                |        | email            | em   |       |                   |
                |        | audit            | audit |      | location-priority=balanced location-min-interval=60 location-max-age=120 |
                |        | start-geopoint   | sg   |       |                   |
                |        | background-audio | ba   |       |                   |
                | choices |
                |         | list_name | name   | label  |
                |         | fruits    | apple  | Apple  |
                |         | fruits    | banana | Banana |
                """).xml();
        assertMatches(
                xml,
                "//x:bind[@nodeset='/data/t' and @type='string']",
                "//x:bind[@nodeset='/data/i' and @type='int']",
                "//x:bind[@nodeset='/data/d' and @type='decimal']",
                "//x:bind[@nodeset='/data/da' and @type='date']",
                "//x:bind[@nodeset='/data/ti' and @type='time']",
                "//x:bind[@nodeset='/data/dt' and @type='dateTime']",
                "//x:bind[@nodeset='/data/gp' and @type='geopoint']",
                "//x:bind[@nodeset='/data/gt' and @type='geotrace']",
                "//x:bind[@nodeset='/data/gs' and @type='geoshape']",
                "//x:bind[@nodeset='/data/bc' and @type='barcode']",
                "//x:bind[@nodeset='/data/im' and @type='binary']",
                "//x:bind[@nodeset='/data/no' and @type='string' and @readonly='true()']",
                "//x:bind[@nodeset='/data/ra' and @type='decimal']",
                "//x:bind[@nodeset='/data/rk' and @type='odk:rank']",
                "//x:bind[@nodeset='/data/hi' and @type='string']",
                "//x:bind[@nodeset='/data/st' and @jr:preload='timestamp' and @jr:preloadParams='start'"
                        + " and @type='dateTime']",
                "//x:bind[@nodeset='/data/en' and @jr:preloadParams='end']",
                "//x:bind[@nodeset='/data/to' and @jr:preload='date' and @jr:preloadParams='today' and @type='date']",
                "//x:bind[@nodeset='/data/de' and @jr:preload='property' and @jr:preloadParams='deviceid']",
                "//x:bind[@nodeset='/data/ph' and @jr:preloadParams='phonenumber']",
                "//x:bind[@nodeset='/data/us' and @jr:preloadParams='username']",
                "//x:bind[@nodeset='/data/em' and @jr:preloadParams='email']",
                "//x:bind[@nodeset='/data/meta/audit' and @type='binary' and @odk:location-priority='balanced'"
                        + " and @odk:location-min-interval='60' and @odk:location-max-age='120']",
                "/h:html/h:head/x:model/x:instance/x:data/x:meta/x:audit",
                "/h:html/h:head/x:model/x:instance/x:data[not(x:audit)]",
                "/h:html/h:head/x:model/odk:setgeopoint[@event='odk-instance-first-load' and @ref='/data/sg']",
                "/h:html/h:head/x:model/odk:recordaudio[@event='odk-instance-load' and @ref='/data/ba']",
                "/h:html/h:body/x:input[@ref='/data/gp' and @accuracyThreshold='5'"
                        + " and @unacceptableAccuracyThreshold='50']",
                "/h:html/h:body/x:input[@ref='/data/gs' and @odk:allow-mock-accuracy='true']",
                "/h:html/h:body/x:upload[@ref='/data/im' and @mediatype='image/*' and @orx:max-pixels='1024']",
                "/h:html/h:body/x:upload[@ref='/data/au' and @mediatype='audio/*' and @odk:quality='voice-only']",
                "/h:html/h:body/x:upload[@ref='/data/vi' and @mediatype='video/*']",
                "/h:html/h:body/x:upload[@ref='/data/fi' and @mediatype='application/*']",
                "/h:html/h:body/x:trigger[@ref='/data/ac']",
                "/h:html/h:body/x:range[@ref='/data/ra' and @start='0' and @end='5' and @step='0.5']",
                "/h:html/h:body/odk:rank[@ref='/data/rk']/x:itemset[@nodeset=\"instance('fruits')/root/item\"]",
                "/h:html/h:body[not(*[@ref='/data/hi'])]",
                "/h:html/h:body[not(*[@ref='/data/st'])]");
        javaRosa(xml);
    }

    @Test
    void relevantConstraintRequiredReadOnlyAndTheirMessages() {
        String xml = convert("""
                | survey |
                |        | type    | name | label | relevant   | constraint | constraint_message | required       | required_message | read_only |
                |        | integer | a    | A     |            | . >= 0     | Not negative       | yes            | Say how many     |           |
                |        | text    | b    | B     | ${a} > 2   |            |                    | ${a} > 10      |                  | ${a} = 5  |
                |        | text    | c    | C     |            |            |                    | no             |                  | TRUE      |
                """).xml();
        assertMatches(
                xml,
                "//x:bind[@nodeset='/data/a' and @constraint='. >= 0' and @jr:constraintMsg='Not negative'"
                        + " and @required='true()' and @jr:requiredMsg='Say how many']",
                "//x:bind[@nodeset='/data/b' and @relevant=' /data/a  > 2' and @required=' /data/a  > 10'"
                        + " and @readonly=' /data/a  = 5']",
                "//x:bind[@nodeset='/data/c' and not(@required) and @readonly='true()']");
        javaRosa(xml);
    }

    @Test
    void translatedMessagesHintsGuidanceAndMediaAreItext() {
        ConvertedXForm form = convert("""
                | survey |
                |        | type    | name | label::English (en) | label::Français (fr) | hint::English (en) | hint::Français (fr) | guidance_hint::English (en) | constraint | constraint_message::English (en) | constraint_message::Français (fr) | image::English (en) | audio::Français (fr) | video | big-image |
                |        | integer | a    | Age                 | Âge                  | In years           | En années           | Ask for a document          | . > 0      | Positive                         | Positif                           | age-en.png          | age-fr.mp3           | a.mp4 | a-big.png |
                | choices |
                |         | list_name | name | label::English (en) | label::Français (fr) | image::English (en) |
                |         | yn        | yes  | Yes                 | Oui                  | yes.png             |
                """);
        String xml = form.xml();
        assertMatches(
                xml,
                "//x:translation[@lang='English (en)']/x:text[@id='/data/a:label']/x:value[@form='image'"
                        + " and .='jr://images/age-en.png']",
                "//x:translation[@lang='Français (fr)']/x:text[@id='/data/a:label']/x:value[@form='audio'"
                        + " and .='jr://audio/age-fr.mp3']",
                "//x:translation[@lang='Français (fr)']/x:text[@id='/data/a:label']/x:value[not(@form) and .='Âge']",
                "//x:translation[@lang='English (en)']/x:text[@id='/data/a:hint']/x:value[not(@form)"
                        + " and .='In years']",
                "//x:translation[@lang='English (en)']/x:text[@id='/data/a:hint']/x:value[@form='guidance'"
                        + " and .='Ask for a document']",
                "//x:translation[@lang='Français (fr)']/x:text[@id='/data/a:jr:constraintMsg']/x:value[.='Positif']",
                "//x:bind[@nodeset='/data/a' and @jr:constraintMsg=\"jr:itext('/data/a:jr:constraintMsg')\"]",
                "/h:html/h:body/x:input[@ref='/data/a']/x:hint[@ref=\"jr:itext('/data/a:hint')\"]");
        assertThat(form.mediaFiles()).containsExactly("a-big.png", "a.mp4", "age-en.png", "age-fr.mp3", "yes.png");
        javaRosa(xml);
    }

    @Test
    void groupsAndRepeatsWithCountsRelativeReferencesAndAppearance() {
        String xml = convert("""
                | survey |
                |        | type         | name    | label      | repeat_count    | relevant       | appearance | calculation |
                |        | integer      | n       | N          |                 |                |            |             |
                |        | begin group  | g       | G          |                 | ${n} > 0       | field-list |             |
                |        | begin repeat | members | Members    | ${n}            |                |            |             |
                |        | text         | name    | Name       |                 |                |            |             |
                |        | integer      | age     | Age of ${name} |             | ${name} != ''  |            |             |
                |        | calculate    | pos     |            |                 |                |            | position(..) |
                |        | end repeat   |         |            |                 |                |            |             |
                |        | end group    |         |            |                 |                |            |             |
                |        | begin repeat | visits  | Visits     | ${n} * 2        |                |            |             |
                |        | date         | on      | On         |                 |                |            |             |
                |        | end repeat   |         |            |                 |                |            |             |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:head/x:model/x:instance/x:data/x:g/x:members[@jr:template='']/x:name",
                "/h:html/h:head/x:model/x:instance/x:data/x:g/x:members[not(@jr:template)]/x:age",
                "/h:html/h:head/x:model/x:instance/x:data/x:visits_count",
                "//x:bind[@nodeset='/data/g' and @relevant=' /data/n  > 0']",
                "//x:bind[@nodeset='/data/g/members/age' and @relevant=\" ../name  != ''\"]",
                "//x:bind[@nodeset='/data/g/members/pos' and @calculate='position(..)']",
                "//x:bind[@nodeset='/data/visits_count' and @calculate=' /data/n  * 2']",
                "/h:html/h:body/x:group[@ref='/data/g' and @appearance='field-list']/x:group[@ref='/data/g/members']"
                        + "/x:repeat[@nodeset='/data/g/members' and @jr:count=' /data/n ']",
                "/h:html/h:body/x:group[@ref='/data/visits']/x:repeat[@jr:count=' /data/visits_count ']",
                "//x:input[@ref='/data/g/members/age']/x:label/x:output[@value=' ../name ']");
        javaRosa(xml);
    }

    @Test
    void staticAndDynamicDefaults() {
        String xml = convert("""
                | survey |
                |        | type         | name | label | default      |
                |        | integer      | a    | A     | 12           |
                |        | date         | b    | B     | today()      |
                |        | integer      | c    | C     | ${a} + 1     |
                |        | begin repeat | r    | R     |              |
                |        | text         | d    | D     | random()     |
                |        | end repeat   |      |       |              |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:head/x:model/x:instance/x:data/x:a[.='12']",
                "/h:html/h:head/x:model/x:instance/x:data/x:b[not(text())]",
                "/h:html/h:head/x:model/x:setvalue[@event='odk-instance-first-load' and @ref='/data/b'"
                        + " and @value='today()']",
                "/h:html/h:head/x:model/x:setvalue[@ref='/data/c' and @value=' /data/a  + 1']",
                "/h:html/h:head/x:model/x:setvalue[@event='odk-instance-first-load' and @ref='/data/r/d']",
                "/h:html/h:body/x:group/x:repeat[@nodeset='/data/r']/x:setvalue[@event='odk-new-repeat'"
                        + " and @ref='/data/r/d' and @value='random()']");
        javaRosa(xml);
    }

    @Test
    void choiceFiltersOrOtherAndRandomizedChoices() {
        String xml = convert("""
                | survey |
                |        | type                    | name   | label  | choice_filter       | parameters              |
                |        | select_one region       | region | Region |                     |                         |
                |        | select_one city         | city   | City   | region=${region}    | randomize=true seed=${n} |
                |        | integer                 | n      | N      |                     |                         |
                |        | select_multiple colours or_other | colour | Colour |          |                         |
                |        | begin repeat            | r      | R      |                     |                         |
                |        | select_one region       | from   | From   |                     |                         |
                |        | select_one city         | to     | To     | region=${from}      |                         |
                |        | end repeat              |        |        |                     |                         |
                | choices |
                |         | list_name | name    | label   | region |
                |         | region    | east    | East    |        |
                |         | region    | west    | West    |        |
                |         | city      | derna   | Derna   | east   |
                |         | city      | zawiya  | Zawiya  | west   |
                |         | colours   | red     | Red     |        |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:body/x:select1[@ref='/data/city']/x:itemset[@nodeset="
                        + "\"randomize(instance('city')/root/item[region= /data/region ],  /data/n )\"]",
                "/h:html/h:head/x:model/x:instance[@id='city']/x:root/x:item[x:name='derna' and x:region='east']",
                "/h:html/h:head/x:model/x:instance[@id='colours']/x:root/x:item[x:name='other' and x:label='Other']",
                "//x:bind[@nodeset='/data/colour_other' and @relevant=\"selected(../colour, 'other')\"]",
                "/h:html/h:body/x:input[@ref='/data/colour_other']/x:label[.='Specify other.']",
                "//x:repeat/x:select1[@ref='/data/r/to']/x:itemset[@nodeset="
                        + "\"instance('city')/root/item[region= current()/../from ]\"]");
        javaRosa(xml);
    }

    @Test
    void selectsFromFilesExternalInstancesAndPulldataNameTheirMedia() {
        ConvertedXForm form = convert("""
                | survey |
                |        | type                                 | name  | label | parameters             | calculation                         |
                |        | select_one_from_file towns.csv       | town  | Town  |                        |                                     |
                |        | select_multiple_from_file sites.xml  | sites | Sites | value=code label=title |                                     |
                |        | select_one_from_file camps.geojson   | camp  | Camp  |                        |                                     |
                |        | csv-external                         | households |  |                        |                                     |
                |        | calculate                            | size  |       |                        | pulldata('hh', 'size', 'id', ${town}) |
                """);
        assertMatches(
                form.xml(),
                "/h:html/h:head/x:model/x:instance[@id='towns' and @src='jr://file-csv/towns.csv']",
                "/h:html/h:head/x:model/x:instance[@id='sites' and @src='jr://file/sites.xml']",
                "/h:html/h:head/x:model/x:instance[@id='camps' and @src='jr://file/camps.geojson']",
                "/h:html/h:head/x:model/x:instance[@id='households' and @src='jr://file-csv/households.csv']",
                "/h:html/h:body/x:select1[@ref='/data/town']/x:itemset[@nodeset=\"instance('towns')/root/item\"]"
                        + "[x:value/@ref='name' and x:label/@ref='label']",
                "/h:html/h:body/x:select[@ref='/data/sites']/x:itemset[x:value/@ref='code' and x:label/@ref='title']",
                "/h:html/h:body/x:select1[@ref='/data/camp']/x:itemset[x:value/@ref='id' and x:label/@ref='title']",
                "/h:html/h:head/x:model/x:instance/x:data[not(x:households)]");
        assertThat(form.mediaFiles())
                .containsExactly("camps.geojson", "hh.csv", "households.csv", "sites.xml", "towns.csv");
        javaRosa(form.xml());
    }

    @Test
    void pulldataDeclaresItsCsvOnceAndSelectOneExternalQueriesItsItemsets() {
        ConvertedXForm form = convert("""
                | survey |
                |        | type                       | name   | label  | choice_filter  | calculation                           |
                |        | select_one state           | state  | State  |                |                                       |
                |        | select_one_external city   | city   | City   | state=${state} |                                       |
                |        | select_one_from_file hh.csv | hh    | HH     |                |                                       |
                |        | calculate                  | size   |        |                | pulldata('hh', 'size', 'id', ${hh})   |
                | choices |
                |         | list_name | name | label |
                |         | state     | nsw  | NSW   |
                | external_choices |
                |                  | list_name | name   | state |
                |                  | city      | sydney | nsw   |
                """);
        assertMatches(
                form.xml(),
                "/h:html/h:head/x:model[count(x:instance[@id='hh'])=1]/x:instance[@id='hh'"
                        + " and @src='jr://file-csv/hh.csv']",
                "/h:html/h:head/x:model[not(x:instance[@id='city'])]",
                "/h:html/h:body/x:input[@ref='/data/city' and @query=\"instance('city')/root/item[state= /data/state ]\"]"
                        + "/x:label[.='City']");
        assertThat(form.mediaFiles()).containsExactly("hh.csv", "itemsets.csv");
        javaRosa(form.xml());
    }

    @Test
    void triggersSetAValueWhenAnotherQuestionChanges() {
        String xml = convert("""
                | survey |
                |        | type      | name    | label | trigger | calculation |
                |        | integer   | weight  | W     |         |             |
                |        | dateTime  | weighed | When  | ${weight} | now()     |
                |        | text      | note    | Note  | ${weight} |           |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:body/x:input[@ref='/data/weight']/x:setvalue[@event='xforms-value-changed'"
                        + " and @ref='/data/weighed' and @value='now()']",
                "/h:html/h:body/x:input[@ref='/data/weight']/x:setvalue[@ref='/data/note' and not(@value)]",
                "//x:bind[@nodeset='/data/weighed' and not(@calculate)]");
        javaRosa(xml);
    }

    @Test
    void backgroundGeopointsAndIncrementalShapes() {
        String xml = convert("""
                | survey |
                |        | type                | name | label | trigger | parameters       |
                |        | integer             | temp | Temp  |         |                  |
                |        | background-geopoint | where |      | ${temp} |                  |
                |        | geoshape            | plot | Plot  |         | incremental=true |
                """).xml();
        assertMatches(
                xml,
                "//x:bind[@nodeset='/data/where' and @type='geopoint']",
                "/h:html/h:body/x:input[@ref='/data/temp']/odk:setgeopoint[@event='xforms-value-changed'"
                        + " and @ref='/data/where']",
                "/h:html/h:body[not(*[@ref='/data/where'])]",
                "/h:html/h:body/x:input[@ref='/data/plot' and @odk:incremental='true']");
        javaRosa(xml);
    }

    @Test
    void aFormOfTwoThousandQuestionsConvertsInSeconds() {
        StringBuilder markdown = new StringBuilder("""
                | survey |
                |        | type         | name | label::English (en) | label::العربية (ar) | relevant |
                |        | integer      | q0   | Q0                  | س0                  |          |
                |        | begin repeat | r    | R                   | ر                   |          |
                """);
        for (int i = 1; i < 2_000; i++) {
            markdown.append(
                    "| | integer | q%d | Q%d ${q%d} | س%d | ${q%d} > %d |\n".formatted(i, i, i - 1, i, i - 1, i));
        }
        markdown.append("| | end repeat | | | | |\n");
        long start = System.nanoTime();
        String xml = convert(markdown.toString()).xml();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertMatches(xml, "//x:bind[@nodeset='/data/r/q1999' and @relevant=' ../q1998  > 1999']");
        assertThat(millis)
                .as("milliseconds to convert, JavaRosa's load included")
                .isLessThan(10_000);
    }

    @Test
    void theSettingsSheet() {
        String key =
                "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAo93+Dgn3iDleC9XMTDH7ez1MOm/BOt287DgkldNkdvrtdC4oUegx3N8Sa"
                        + "y9tq47k2EOzeLYkezVnKdtserx+g/+R6pDIOS66bwbH+HoslDEUaZRZ47EipSGC1JhtOp/nQGQCsdVc5q/fPvw8d2rLLi+PQUZPB"
                        + "OiBxUo9h/CFc41hl/quUELmylSdL4O06OAP8OCEDA+tl0C2Ik+uCYMDJLD4m7YVbkV7jJXjtILj+GW+noLriFMRsgg7WKQe2j9fw"
                        + "5+v46nzhokOnDnHh+yGwQMfs/B0jfFAgXllLNjIPlXQf2UVzuxEax6wLCyqUXMIjCPSNfnzDRgFB4Qw3QbJCwIDAQAB";
        ConvertedXForm form = convert("""
                | survey |
                |        | type | name | label |
                |        | text | a    | A     |
                | settings |
                |          | form_title | form_id | version | instance_name       | public_key | submission_url                 | style  | name    | auto_send |
                |          | Screening  | screen  | 3       | concat('S-', ${a})  | %s         | https://masar.example/submission | theme-grid | screening | yes |
                """.formatted(key));
        assertThat(form.formId()).isEqualTo("screen");
        assertThat(form.title()).isEqualTo("Screening");
        assertThat(form.version()).isEqualTo("3");
        assertMatches(
                form.xml(),
                "/h:html/h:head/x:model/x:instance/x:screening[@id='screen' and @version='3']/x:meta/x:instanceName",
                "//x:bind[@nodeset='/screening/meta/instanceName' and @calculate=\"concat('S-',  /screening/a )\"]",
                "/h:html/h:head/x:model/x:submission[@base64RsaPublicKey='" + key + "'"
                        + " and @action='https://masar.example/submission' and @method='form-data-post'"
                        + " and @orx:auto-send='true']",
                "/h:html/h:body[@class='theme-grid']");
        javaRosa(form.xml());
    }

    @Test
    void entitiesCreatedAndUpdatedAsTheEntitiesSpecSays() {
        String created = convert("""
                | survey |
                |        | type    | name     | label | save_to |
                |        | text    | tree     | Tree  | species |
                |        | integer | circ     | Circumference | circumference |
                | entities |
                |          | list_name | label                          | create_if    |
                |          | trees     | concat(${tree}, ' ', ${circ})  | ${circ} > 0  |
                """).xml();
        assertMatches(
                created,
                "/h:html/h:head/x:model[@entities:entities-version='2024.1.0']",
                "/h:html/h:head/x:model/x:instance/x:data/x:meta/x:entity[@dataset='trees' and @id='' and @create='1'"
                        + " and not(@update)]/x:label",
                "//x:bind[@nodeset='/data/meta/entity/@id' and @type='string' and @readonly='true()'"
                        + " and not(@calculate)]",
                "/h:html/h:head/x:model/x:setvalue[@ref='/data/meta/entity/@id' and @event='odk-instance-first-load'"
                        + " and @value='uuid()']",
                "//x:bind[@nodeset='/data/meta/entity/@create' and @calculate=' /data/circ  > 0']",
                "//x:bind[@nodeset='/data/meta/entity/label' and @calculate=\"concat( /data/tree , ' ',  /data/circ )\"]",
                "//x:bind[@nodeset='/data/tree' and @entities:saveto='species']");
        javaRosa(created);

        String updated = convert("""
                | survey |
                |        | type                          | name   | label  | save_to |
                |        | select_one_from_file trees.csv | tree  | Tree   |         |
                |        | integer                       | circ   | Circ.  | circumference |
                | entities |
                |          | list_name | entity_id | update_if   |
                |          | trees     | ${tree}   | ${circ} > 0 |
                """).xml();
        assertMatches(
                updated,
                "/h:html/h:head/x:model/x:instance/x:data/x:meta/x:entity[@dataset='trees' and @update='1'"
                        + " and @baseVersion='' and @trunkVersion='' and @branchId='' and not(@create)]",
                "//x:bind[@nodeset='/data/meta/entity/@id' and @calculate=' /data/tree ']",
                "//x:bind[@nodeset='/data/meta/entity/@update' and @calculate=' /data/circ  > 0']",
                "//x:bind[@nodeset='/data/meta/entity/@baseVersion' and @calculate=\"instance('trees')/root/item[name="
                        + " /data/meta/entity/@id ]/__version\"]",
                "/h:html/h:head/x:model[not(x:setvalue[@ref='/data/meta/entity/@id'])]");
        javaRosa(updated);
    }

    @Test
    void lastSavedValuesAndBindBodyAndInstanceColumns() {
        String xml = convert("""
                | survey |
                |        | type | name | label | default            | bind::odk:length | body::accuracyThreshold | instance::odk:tag |
                |        | text | a    | A     | ${last-saved#a}    | 1 5              |                         | kept              |
                """).xml();
        assertMatches(
                xml,
                "/h:html/h:head/x:model/x:instance[@id='__last-saved' and @src='jr://instance/last-saved']",
                "/h:html/h:head/x:model/x:setvalue[@ref='/data/a' and @value=\" instance('__last-saved')/data/a \"]",
                "//x:bind[@nodeset='/data/a' and @odk:length='1 5']",
                "/h:html/h:head/x:model/x:instance/x:data/x:a[@odk:tag='kept']");
        javaRosa(xml);
    }
}
