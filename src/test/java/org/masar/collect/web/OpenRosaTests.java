package org.masar.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.collect.CollectTestSupport.basic;
import static org.masar.collect.CollectTestSupport.from;
import static org.masar.collect.CollectTestSupport.md5;
import static org.masar.collect.CollectTestSupport.path;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.FormServer;
import org.masar.collect.FormServer.Receiving;
import org.masar.shared.SecretBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenRosa form server driven as ODK Collect drives it: the form list, the form download that JavaRosa loads, the
 * manifest whose hashes match the media bytes, with collect passwords over HTTP Basic and Digest, and everything a
 * phone must be refused.
 */
@MasarIntegrationTest
class OpenRosaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    SecretBox box;

    @Autowired
    FormServer formServer;

    CollectTestSupport collect;
    User officer;
    User enumerator;
    Phone phone;
    String address;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        officer = collect.user("DTM_OFFICER");
        enumerator = collect.user("DTM_ENUMERATOR");
        phone = collect.phone(enumerator, "Samsung A14");
        address = "10.15." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void aPhoneListsDownloadsAndLoadsTheFormAndItsMediaWithBasic() throws Exception {
        byte[] image = "not really a png, but bytes".getBytes();
        String formId = "household_visit";
        assertThat(collect.upload(
                        officer,
                        "household.xml",
                        CollectTestSupport.resource("household.xml"),
                        CollectTestSupport.media("site-map.png", image)))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult list = phoneGet("/formList", basic(phone.username(), phone.password()));
        assertThat(list).hasStatusOk().hasHeader("X-OpenRosa-Version", "1.0");
        assertThat(list.getResponse().getContentType()).startsWith("text/xml");
        Element xform = xform(xml(list), formId);
        assertThat(text(xform, "name")).isEqualTo("Household visit");
        assertThat(text(xform, "version")).isEqualTo("2026120401");

        MvcTestResult download = phoneGet(path(text(xform, "downloadUrl")), basic(phone.username(), phone.password()));
        assertThat(download).hasStatusOk().hasHeader("X-OpenRosa-Version", "1.0");
        byte[] xml = download.getResponse().getContentAsByteArray();
        assertThat(text(xform, "hash")).isEqualTo("md5:" + md5(xml));
        FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml));
        assertThat(form.getTitle()).isEqualTo("Household visit");
        assertThat(form.getLocalizer().getAvailableLocales()).contains("English (en)", "العربية (ar)");
        fillAsAPhoneDoes(form);

        MvcTestResult manifest = phoneGet(path(text(xform, "manifestUrl")), basic(phone.username(), phone.password()));
        assertThat(manifest).hasStatusOk().hasHeader("X-OpenRosa-Version", "1.0");
        Document document = xml(manifest);
        assertThat(document.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://openrosa.org/xforms/xformsManifest");
        NodeList files = document.getElementsByTagNameNS("*", "mediaFile");
        assertThat(files.getLength()).isEqualTo(1);
        Element file = (Element) files.item(0);
        assertThat(text(file, "filename")).isEqualTo("site-map.png");
        MvcTestResult media = phoneGet(path(text(file, "downloadUrl")), basic(phone.username(), phone.password()));
        assertThat(media).hasStatusOk();
        assertThat(media.getResponse().getContentAsByteArray()).isEqualTo(image);
        assertThat(text(file, "hash")).isEqualTo("md5:" + md5(image));
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM collect_password WHERE id = :id")
                        .param("id", phone.passwordId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theDtmKeyInformantXlsFormUploadedIsServedToPhonesAndLoadsInJavaRosa() throws Exception {
        byte[] workbook;
        try (var in = getClass().getResourceAsStream("/collect/xlsform/dtm-key-informant.xlsx")) {
            workbook = in.readAllBytes();
        }
        MvcTestResult uploaded = collect.upload(officer, "dtm-key-informant.xlsx", workbook);
        assertThat(uploaded).hasStatus(HttpStatus.CREATED);
        String formId = collect.json(uploaded).get("formId").asString();

        Element xform = xform(xml(phoneGet("/formList", basic(phone.username(), phone.password()))), formId);
        MvcTestResult download = phoneGet(path(text(xform, "downloadUrl")), basic(phone.username(), phone.password()));
        assertThat(download).hasStatusOk();
        byte[] xml = download.getResponse().getContentAsByteArray();
        assertThat(text(xform, "hash")).isEqualTo("md5:" + md5(xml));
        FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml));
        assertThat(form.getLocalizer().getAvailableLocales()).contains("English (en)", "العربية (ar)");
    }

    @Test
    void digestHandshakeAsOdkCollectDoesIt() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("digest");
        assertThat(collect.upload(officer, "f.xml", CollectTestSupport.simpleForm(formId, "1", "Digest form")))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult challenge = phoneGet("/formList", null);
        assertThat(challenge).hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("X-OpenRosa-Version", "1.0");
        List<String> offered = challenge.getResponse().getHeaders("WWW-Authenticate");
        assertThat(offered).anyMatch(h -> h.startsWith("Digest ")).anyMatch(h -> h.startsWith("Basic "));
        Map<String, String> digest = parameters(offered.stream()
                .filter(h -> h.startsWith("Digest "))
                .findFirst()
                .orElseThrow());
        assertThat(digest).containsEntry("qop", "auth").containsEntry("realm", "Masar");

        String answer = CollectTestSupport.digest(
                phone.username(),
                phone.password(),
                digest.get("realm"),
                digest.get("nonce"),
                "GET",
                "/formList",
                "00000001");
        MvcTestResult list = phoneGet("/formList", answer);
        assertThat(list).hasStatusOk();
        assertThat(xform(xml(list), formId)).isNotNull();

        String wrong = CollectTestSupport.digest(
                phone.username(),
                "x".repeat(32),
                digest.get("realm"),
                digest.get("nonce"),
                "GET",
                "/formList",
                "00000002");
        assertThat(phoneGet("/formList", wrong)).hasStatus(HttpStatus.UNAUTHORIZED);
        // a response computed for another path is not accepted here
        String elsewhere = CollectTestSupport.digest(
                phone.username(),
                phone.password(),
                digest.get("realm"),
                digest.get("nonce"),
                "GET",
                "/other",
                "00000003");
        assertThat(phoneGet("/formList", elsewhere)).hasStatus(HttpStatus.UNAUTHORIZED);
        // a nonce the server did not make
        String forged = CollectTestSupport.digest(
                phone.username(), phone.password(), digest.get("realm"), "bm9uY2U", "GET", "/formList", "00000001");
        assertThat(phoneGet("/formList", forged)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anExpiredNonceIsStaleSoThePhoneRetriesWithoutAskingItsUser() throws Exception {
        // a nonce as the server makes them (its expiry, sealed with the application's key), expired a minute ago
        String sealed =
                box.seal(Long.toString(System.currentTimeMillis() - 60_000).getBytes(StandardCharsets.US_ASCII));
        String nonce =
                Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.getBytes(StandardCharsets.US_ASCII));
        MvcTestResult stale = phoneGet(
                "/formList",
                CollectTestSupport.digest(
                        phone.username(), phone.password(), "Masar", nonce, "GET", "/formList", "00000001"));
        assertThat(stale).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(stale.getResponse().getHeaders("WWW-Authenticate"))
                .anyMatch(h -> h.startsWith("Digest ") && h.contains("stale=true"));
        // with a wrong password the same old nonce is not stale: the user must be asked
        MvcTestResult wrong = phoneGet(
                "/formList",
                CollectTestSupport.digest(
                        phone.username(), "y".repeat(32), "Masar", nonce, "GET", "/formList", "00000001"));
        assertThat(wrong.getResponse().getHeaders("WWW-Authenticate")).noneMatch(h -> h.contains("stale=true"));
    }

    @Test
    void onlyCollectPasswordsOpenTheFormServer() throws Exception {
        // no credentials, the account's own password, a session: all 401 with a challenge
        assertThat(phoneGet("/formList", null)).hasStatus(HttpStatus.UNAUTHORIZED);
        MvcTestResult accountPassword =
                phoneGet("/formList", basic(enumerator.username(), CollectTestSupport.PASSWORD));
        assertThat(accountPassword).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(accountPassword.getResponse().getHeaders("WWW-Authenticate")).hasSize(2);
        assertThat(accountPassword).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.unauthenticated");
        assertThat(mvc.get()
                        .uri("/formList")
                        .cookie(enumerator.session())
                        .with(from(address))
                        .exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        // another user's name with this password
        assertThat(phoneGet("/formList", basic(officer.username(), phone.password())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(phoneGet("/formList", basic(phone.username(), phone.password())))
                .hasStatusOk();
        // a phone that capitalised the username
        assertThat(phoneGet("/formList", basic(phone.username().toUpperCase(), phone.password())))
                .hasStatusOk();

        // revoked: refused at the next request
        assertThat(mvc.delete()
                        .uri("/api/v1/account/collect-passwords/" + phone.passwordId())
                        .cookie(enumerator.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(phoneGet("/formList", basic(phone.username(), phone.password())))
                .hasStatus(HttpStatus.UNAUTHORIZED);

        // a disabled account's passwords stop working too
        Phone other = collect.phone(enumerator, "Tablet");
        assertThat(phoneGet("/formList", basic(other.username(), other.password())))
                .hasStatusOk();
        jdbc.sql("UPDATE access_user SET enabled = false WHERE id = :id")
                .param("id", enumerator.id())
                .update();
        assertThat(phoneGet("/formList", basic(other.username(), other.password())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'collect.auth.denied'"
                                                + " AND actor = :u")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(2));
    }

    @Test
    void aUserWithoutCollectPermissionIsForbidden() {
        User manager = collect.user("ME_OFFICER");
        // ME officers hold no collect:submit, so they cannot even create a collect password
        assertThat(mvc.post()
                        .uri("/api/v1/account/collect-passwords")
                        .contentType("application/json")
                        .content("{\"name\": \"x\"}")
                        .cookie(manager.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPhoneWhoseOwnerMayNotCollectIsForbiddenAndAudited() throws Exception {
        // the password was made while the account could collect; its role no longer grants collect:submit
        jdbc.sql("UPDATE access_user_role SET role_code = 'ME_OFFICER' WHERE user_id = :id")
                .param("id", enumerator.id())
                .update();
        MvcTestResult refused = phoneGet("/formList", basic(phone.username(), phone.password()));
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).hasHeader("X-OpenRosa-Version", "1.0");
        // the refusal is on the audit trail, with who was refused
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'collect.openrosa.denied'"
                                                + " AND actor = :u")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(1));
    }

    @Test
    void wrongPasswordsFromOneAddressAreThrottledAsSignInIs() {
        String prefix = phone.password().substring(0, 8);
        MvcTestResult last = null;
        for (int i = 0; i < 101 && (last == null || last.getResponse().getStatus() != 429); i++) {
            last = phoneGet("/formList", basic(phone.username(), prefix + "x".repeat(24)));
        }
        assertThat(last).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(last).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.auth-throttled");
        // even the right password waits for the window to pass, from that address
        assertThat(phoneGet("/formList", basic(phone.username(), phone.password())))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void closedAndLimitedFormsAreLeftOutOfTheList() throws Exception {
        String open = CollectTestSupport.uniqueFormId("open");
        String closed = CollectTestSupport.uniqueFormId("closed");
        String limited = CollectTestSupport.uniqueFormId("limited");
        for (String id : List.of(open, closed, limited)) {
            assertThat(collect.upload(officer, id + ".xml", CollectTestSupport.simpleForm(id, "1", id)))
                    .hasStatus(HttpStatus.CREATED);
        }
        assertThat(mvc.post()
                        .uri("/api/v1/collect/forms/" + closed + "/close")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("closed");
        User named = collect.user("DTM_ENUMERATOR");
        Phone namedPhone = collect.phone(named, "Named phone");
        assertThat(mvc.put()
                        .uri("/api/v1/collect/forms/" + limited + "/access")
                        .contentType("application/json")
                        .content("{\"limitedTo\": [\"" + named.id() + "\"]}")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatusOk();

        List<String> mine = formIds(phoneGet("/formList", basic(phone.username(), phone.password())));
        assertThat(mine).contains(open).doesNotContain(closed, limited);
        List<String> theirs = formIds(phoneGet("/formList", basic(namedPhone.username(), namedPhone.password())));
        assertThat(theirs).contains(open, limited).doesNotContain(closed);

        // the limited form cannot be downloaded by someone not named, even with its URL
        Element xform = xform(xml(phoneGet("/formList", basic(namedPhone.username(), namedPhone.password()))), limited);
        assertThat(phoneGet(path(text(xform, "downloadUrl")), basic(namedPhone.username(), namedPhone.password())))
                .hasStatusOk();
        assertThat(phoneGet(path(text(xform, "downloadUrl")), basic(phone.username(), phone.password())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFormLimitedToAnOfficeIsSeenByItsUsersAndNotByAnotherOfficesTogetherWithNamedUsers() throws Exception {
        String teamForm = CollectTestSupport.uniqueFormId("team");
        assertThat(collect.upload(officer, teamForm + ".xml", CollectTestSupport.simpleForm(teamForm, "1", "Team")))
                .hasStatus(HttpStatus.CREATED);
        UUID sabha = office("Sabha office", "مكتب سبها");
        UUID ubari = office("Ubari office", "مكتب أوباري");
        User ofSabha = collect.user("DTM_ENUMERATOR");
        User ofUbari = collect.user("DTM_ENUMERATOR");
        User named = collect.user("DTM_ENUMERATOR");
        inOffice(ofSabha, sabha);
        inOffice(ofUbari, ubari);
        Phone sabhaPhone = collect.phone(ofSabha, "Sabha phone");
        Phone ubariPhone = collect.phone(ofUbari, "Ubari phone");
        Phone namedPhone = collect.phone(named, "Named phone");

        // limited to the Sabha office only
        assertThat(access(teamForm, "{\"offices\": [\"" + sabha + "\"]}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.offices[0]")
                .isEqualTo(sabha.toString());
        assertThat(formIds(phoneGet("/formList", basic(sabhaPhone.username(), sabhaPhone.password()))))
                .contains(teamForm);
        assertThat(formIds(phoneGet("/formList", basic(ubariPhone.username(), ubariPhone.password()))))
                .doesNotContain(teamForm);
        assertThat(formIds(phoneGet("/formList", basic(namedPhone.username(), namedPhone.password()))))
                .doesNotContain(teamForm);
        Element xform =
                xform(xml(phoneGet("/formList", basic(sabhaPhone.username(), sabhaPhone.password()))), teamForm);
        // a form without media has no manifest in the list, but its manifest answers to whoever may see it
        String manifest = path(text(xform, "downloadUrl")).replace("/form.xml", "/manifest");
        assertThat(phoneGet(path(text(xform, "downloadUrl")), basic(sabhaPhone.username(), sabhaPhone.password())))
                .hasStatusOk();
        assertThat(phoneGet(manifest, basic(sabhaPhone.username(), sabhaPhone.password())))
                .hasStatusOk();
        // another office's user cannot download it, even with its URL
        assertThat(phoneGet(path(text(xform, "downloadUrl")), basic(ubariPhone.username(), ubariPhone.password())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(phoneGet(manifest, basic(ubariPhone.username(), ubariPhone.password())))
                .hasStatus(HttpStatus.NOT_FOUND);

        // users and offices together: the named user and the office's users see it, the other office still not
        assertThat(access(teamForm, "{\"limitedTo\": [\"" + named.id() + "\"], \"offices\": [\"" + sabha + "\"]}"))
                .hasStatusOk();
        assertThat(formIds(phoneGet("/formList", basic(sabhaPhone.username(), sabhaPhone.password()))))
                .contains(teamForm);
        assertThat(formIds(phoneGet("/formList", basic(namedPhone.username(), namedPhone.password()))))
                .contains(teamForm);
        assertThat(formIds(phoneGet("/formList", basic(ubariPhone.username(), ubariPhone.password()))))
                .doesNotContain(teamForm);

        // a user who moves to the office sees it at once
        inOffice(ofUbari, sabha);
        assertThat(formIds(phoneGet("/formList", basic(ubariPhone.username(), ubariPhone.password()))))
                .contains(teamForm);
    }

    @Test
    void receivingAnswersWhetherThePhonesUserMaySendToAFormsVersion() {
        String formId = CollectTestSupport.uniqueFormId("receiving");
        assertThat(collect.upload(officer, "a.xml", CollectTestSupport.simpleForm(formId, "1", "Receiving")))
                .hasStatus(HttpStatus.CREATED);
        assertThat(collect.upload(officer, "b.xml", CollectTestSupport.simpleForm(formId, "2", "Receiving")))
                .hasStatus(HttpStatus.CREATED);
        UUID form = jdbc.sql("SELECT id FROM collect_form WHERE form_id = :id")
                .param("id", formId)
                .query(UUID.class)
                .single();
        UUID first = jdbc.sql("SELECT id FROM collect_form_version WHERE form = :f AND version = '1'")
                .param("f", form)
                .query(UUID.class)
                .single();
        UUID team = office("Kufra office", "مكتب الكفرة");
        User ofTeam = collect.user("DTM_ENUMERATOR");
        inOffice(ofTeam, team);
        User manager = collect.user("DTM_OFFICER");

        // an older version still takes submissions
        assertThat(receiving(enumerator, "collect:submit", formId, "1"))
                .isEqualTo(new Receiving.Open(form, first, false));
        assertThat(receiving(enumerator, "collect:submit", formId, "3")).isEqualTo(new Receiving.VersionUnknown());
        assertThat(receiving(enumerator, "collect:submit", "no_such_form", "1")).isEqualTo(new Receiving.FormUnknown());
        // holding collect:submit is needed
        assertThat(receiving(manager, "collect:manage-forms", formId, "1")).isEqualTo(new Receiving.NotAllowed());

        assertThat(access(formId, "{\"offices\": [\"" + team + "\"]}")).hasStatusOk();
        assertThat(receiving(enumerator, "collect:submit", formId, "1")).isEqualTo(new Receiving.NotAllowed());
        assertThat(receiving(ofTeam, "collect:submit", formId, "1")).isInstanceOf(Receiving.Open.class);

        assertThat(mvc.post()
                        .uri("/api/v1/collect/forms/" + formId + "/close")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatusOk();
        assertThat(receiving(ofTeam, "collect:submit", formId, "1")).isEqualTo(new Receiving.Closed());
        // refused for access before being told the form is closed
        assertThat(receiving(enumerator, "collect:submit", formId, "1")).isEqualTo(new Receiving.NotAllowed());
    }

    private Receiving receiving(User user, String authority, String formId, String version) {
        CurrentUser principal = new CurrentUser() {
            @Override
            public UserId id() {
                return new UserId(user.id());
            }

            @Override
            public String username() {
                return user.username();
            }
        };
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
        try {
            return formServer.receiving(formId, version);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private MvcTestResult access(String formId, String body) {
        return mvc.put()
                .uri("/api/v1/collect/forms/" + formId + "/access")
                .contentType("application/json")
                .content(body)
                .cookie(officer.session())
                .with(csrf())
                .exchange();
    }

    /** A new office of a new organisation. */
    private UUID office(String en, String ar) {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Collect partner', 'شريك الجمع', 'test', 'test')
                        """)
                .param("id", organisation)
                .param("code", "ORG-" + organisation.toString().substring(0, 8).toUpperCase())
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, :en, :ar, 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .param("en", en)
                .param("ar", ar)
                .update();
        return id;
    }

    private void inOffice(User user, UUID office) {
        jdbc.sql("UPDATE access_user SET office_id = :office WHERE id = :id")
                .param("office", office)
                .param("id", user.id())
                .update();
    }

    /** JavaRosa fills the downloaded form as ODK Collect would: the constraint holds, the answers serialise. */
    private static void fillAsAPhoneDoes(FormDef form) throws Exception {
        form.initialize(true, new InstanceInitializationFactory());
        FormEntryController entry = new FormEntryController(new FormEntryModel(form));
        assertThat(entry.stepToNextEvent()).isEqualTo(FormEntryController.EVENT_QUESTION);
        assertThat(entry.answerQuestion(new StringData("Sabha, Al Jadid"), true))
                .isEqualTo(FormEntryController.ANSWER_OK);
        assertThat(entry.stepToNextEvent()).isEqualTo(FormEntryController.EVENT_QUESTION);
        assertThat(entry.answerQuestion(new IntegerData(0), true))
                .isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
        assertThat(entry.answerQuestion(new IntegerData(6), true)).isEqualTo(FormEntryController.ANSWER_OK);
        String submission =
                new String(new XFormSerializingVisitor().serializeInstance(form.getInstance()), StandardCharsets.UTF_8);
        assertThat(submission)
                .contains("id=\"household_visit\"")
                .contains("<site>Sabha, Al Jadid</site>")
                .contains("<members>6</members>")
                .contains("<instanceID>uuid:");
    }

    private MvcTestResult phoneGet(String path, String authorization) {
        var request = mvc.get().uri(path).header("X-OpenRosa-Version", "1.0").with(from(address));
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.exchange();
    }

    private static Document xml(MvcTestResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> formIds(MvcTestResult list) throws Exception {
        assertThat(list).hasStatusOk();
        NodeList ids = xml(list).getElementsByTagNameNS("*", "formID");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            out.add(ids.item(i).getTextContent());
        }
        return out;
    }

    private static Element xform(Document list, String formId) {
        assertThat(list.getDocumentElement().getNamespaceURI()).isEqualTo("http://openrosa.org/xforms/xformsList");
        NodeList forms = list.getElementsByTagNameNS("*", "xform");
        for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            if (formId.equals(text(form, "formID"))) {
                return form;
            }
        }
        throw new AssertionError("Form " + formId + " is not in the list");
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static Map<String, String> parameters(String header) {
        Map<String, String> values = new java.util.HashMap<>();
        Matcher matcher = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header);
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return values;
    }
}
