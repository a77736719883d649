package org.masar.assistance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.UUID;
import org.masar.access.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Warehouses (geo sites), signed-in logistics officers and readers, and calls to the stock API, for its tests. */
public final class StockTestSupport {

    public static final String PASSWORD = "count every blanket twice 42";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;

    public StockTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
    }

    /** A signed-in account. */
    public record User(UUID id, String username, Cookie session) {}

    public User user(String role) {
        String username = TestAccounts.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    /** A geo site of the given type in Tripoli; answers its id. */
    public UUID site(String type) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, created_at, created_by,
                                              updated_at, updated_by)
                        VALUES (:id, :code, :type, :en, 'مخزن طرابلس', 'LY021104', now(), 'test', now(), 'test')
                        """)
                .param("id", id)
                .param("code", "WH-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT))
                .param("type", type)
                .param("en", "Tripoli store " + id.toString().substring(0, 4))
                .update();
        return id;
    }

    public MvcTestResult post(User user, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult put(User user, String uri, String body) {
        return mvc.put()
                .uri(uri)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult get(User user, String uri, Object... variables) {
        return mvc.get()
                .uri(uri, variables)
                .cookie(user.session())
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    public MvcTestResult receive(User user, UUID warehouse, String item, long quantity) {
        return post(user, "/api/v1/assistance/stock/receipts", """
                {"warehouse": "%s", "item": "%s", "quantity": %d, "donor": "ECHO", "project": "MRRM-2026"}
                """.formatted(warehouse, item, quantity));
    }

    public MvcTestResult dispatchItem(User user, UUID warehouse, String item, long quantity) {
        return post(user, "/api/v1/assistance/stock/dispatches", """
                {"warehouse": "%s", "item": "%s", "quantity": %d, "distribution": "DIST-1"}
                """.formatted(warehouse, item, quantity));
    }

    /** The balance of the item in the warehouse, straight from the database (-1 when there is no row). */
    public long balance(UUID warehouse, String item) {
        return jdbc.sql("""
                        SELECT b.quantity FROM assistance_stock_balance b JOIN assistance_item i ON i.id = b.item_id
                         WHERE b.warehouse_id = :warehouse AND i.code = :item
                        """)
                .param("warehouse", warehouse)
                .param("item", item)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    /** How many movements the warehouse's ledger holds. */
    public long movements(UUID warehouse) {
        return jdbc.sql("SELECT count(*) FROM assistance_stock_movement WHERE warehouse_id = :warehouse")
                .param("warehouse", warehouse)
                .query(Long.class)
                .single();
    }

    public long audited(User actor, String action, String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }
}
