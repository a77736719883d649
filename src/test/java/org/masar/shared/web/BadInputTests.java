package org.masar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the API, as its OpenAPI document lists it, is sent the classic bad inputs by someone whose
 * permissions reach it; each must be answered with a 4xx problem (never a 5xx, never a refusal that would hide what the
 * operation does with the input) and leave every application table as it was. An operation a module adds is walked
 * too, without anyone remembering to. Query parameters are also sent well-formed values at the edge of their type
 * (the first and last dates an Instant or LocalDate can hold, the int bounds): those may be answered as the operation
 * sees fit, but never with a 5xx nor with a "does not fit the records" conflict that only hides an overflow.
 */
@MasarIntegrationTest
class BadInputTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE_NUMBER = "9".repeat(100_000);
    private static final String HUGE_STRING = "x".repeat(100_000);
    private static final int DEEP = 100_000;

    /** Values a path variable must not accept: each is a 400 or a 404, and never reaches the database as a write. */
    private static final List<String> BAD_PATH_VALUES = List.of(
            "not-an-id",
            "' OR '1'='1",
            "%00",
            "../../etc/passwd",
            "-1",
            "١٢٣",
            "9".repeat(10_000),
            UUID.randomUUID() + "x");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    /** One request the walker sends: what it is called in a failure, and how it changes the operation's request. */
    record BadInput(
            String name,
            String path,
            Map<String, String> query,
            @Nullable MediaType contentType,
            byte[] body,
            MediaType accept,
            boolean wellFormed) {

        BadInput(String name, String path, Map<String, String> query, @Nullable MediaType contentType, byte[] body) {
            this(name, path, query, contentType, body, MediaType.APPLICATION_JSON);
        }

        BadInput(
                String name,
                String path,
                Map<String, String> query,
                @Nullable MediaType contentType,
                byte[] body,
                MediaType accept) {
            this(name, path, query, contentType, body, accept, false);
        }
    }

    record Operation(HttpMethod method, String path, JsonNode definition) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationAnswersBadInputWithAProblemAndWritesNothing() throws Exception {
        RequestPostProcessor everyPermission = signedInWithEveryPermission();
        JsonNode document = json.readTree(mvc.get()
                .uri("/api/v1/openapi.json")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in the OpenAPI document").isNotEmpty();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        // Earlier tests' failed sign-ins and submissions leave rate-limit buckets behind, which the throttles' own
        // schedule deletes once refilled, at a moment of its choosing: it must find none to delete during the walk.
        // A bucket a bad request writes is still caught.
        jdbc.sql("DELETE FROM access_rate_limit").update();
        jdbc.sql("DELETE FROM collect_rate_limit").update();
        String before = applicationTablesChecksum();
        for (Operation operation : operations) {
            for (BadInput input : badInputs(operation, document)) {
                sent++;
                MvcTestResult result = send(operation, input, everyPermission);
                String failure = input.wellFormed() ? answeredWithoutFailing(result) : answeredWithAProblem(result);
                if (failure != null) {
                    failures.add(operation + " with " + input.name() + ": " + failure);
                }
            }
            String after = applicationTablesChecksum();
            if (!after.equals(before)) {
                failures.add(operation + " changed the database: " + changedTables(before, after));
                before = after;
            }
        }
        assertThat(failures)
                .as("%d bad requests to %d operations", sent, operations.size())
                .isEmpty();
        // The walk must reach the operations' inputs, not stop at an empty document.
        assertThat(sent).isGreaterThan(operations.size());
    }

    private MvcTestResult send(Operation operation, BadInput input, RequestPostProcessor signedIn) {
        var request = mvc.method(operation.method())
                .uri(java.net.URI.create(input.path()))
                .with(signedIn)
                .with(csrf())
                .accept(input.accept());
        input.query().forEach(request::param);
        if (input.contentType() != null) {
            request.contentType(input.contentType());
        }
        if (input.body().length > 0) {
            request.content(input.body());
        }
        return request.exchange();
    }

    /** Null when the answer is a 4xx problem that the caller's permissions did not cause; else what is wrong. */
    private @Nullable String answeredWithAProblem(MvcTestResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String summary = status + " " + body.substring(0, Math.min(body.length(), 300));
        if (status < 400 || status >= 500) {
            return "answered " + summary;
        }
        if (status == 401 || status == 403) {
            return "refused a caller holding every permission: " + summary;
        }
        String contentType = result.getResponse().getContentType();
        if (contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return "answered " + contentType + " instead of a problem: " + summary;
        }
        JsonNode problem = json.readTree(body);
        if (!problem.path("type").isString() || problem.path("type").asString().isBlank()) {
            return "answered a problem without a type: " + summary;
        }
        return null;
    }

    private List<BadInput> badInputs(Operation operation, JsonNode document) {
        List<BadInput> inputs = new ArrayList<>();
        List<JsonNode> pathParameters = parameters(operation, "path");
        String plausiblePath = expand(operation.path(), pathParameters, name -> plausible(operation, name));
        JsonNode bodySchema = bodySchema(operation, document);
        byte[] plausibleBody = bodySchema == null ? new byte[0] : bytes(example(bodySchema, document));
        MediaType bodyType = bodySchema == null ? null : MediaType.APPLICATION_JSON;

        // Every operation, even one without parameters or body: a representation the API does not offer.
        inputs.add(new BadInput(
                "Accept: application/xml",
                plausiblePath,
                Map.of(),
                bodyType,
                plausibleBody,
                MediaType.APPLICATION_XML));
        for (JsonNode parameter : pathParameters) {
            String name = parameter.path("name").asString();
            for (String bad : BAD_PATH_VALUES) {
                String path = expand(
                        operation.path(),
                        pathParameters,
                        other -> other.equals(name) ? bad : plausible(operation, other));
                inputs.add(
                        new BadInput("path " + name + "=" + abbreviate(bad), path, Map.of(), bodyType, plausibleBody));
            }
        }
        for (JsonNode parameter : parameters(operation, "query")) {
            String name = parameter.path("name").asString();
            for (String bad : badQueryValues(parameter.path("schema"))) {
                inputs.add(new BadInput(
                        "query " + name + "=" + abbreviate(bad),
                        plausiblePath,
                        Map.of(name, bad),
                        bodyType,
                        plausibleBody));
            }
            for (String edge : edgeQueryValues(parameter.path("schema"))) {
                inputs.add(new BadInput(
                        "query " + name + "=" + edge + " (well-formed, at the edge of its type)",
                        plausiblePath,
                        Map.of(name, edge),
                        bodyType,
                        plausibleBody,
                        MediaType.APPLICATION_JSON,
                        true));
            }
        }
        if (bodySchema != null) {
            ObjectNode example = (ObjectNode) example(bodySchema, document);
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("malformed JSON", utf8("{\"code\":"));
            bodies.put("truncated JSON", java.util.Arrays.copyOf(plausibleBody, Math.max(1, plausibleBody.length - 2)));
            bodies.put("an empty body", new byte[0]);
            bodies.put("null", utf8("null"));
            bodies.put("an array for an object", utf8("[1]"));
            bodies.put("wrong types", bytes(replaceEach(example, bodySchema, document, BadInputTests::wrongType)));
            bodies.put(
                    "arrays for every field",
                    bytes(replaceEach(
                            example,
                            bodySchema,
                            document,
                            type -> NODES.arrayNode().add(1))));
            bodies.put("nulls", bytes(replaceEach(example, bodySchema, document, type -> NODES.nullNode())));
            bodies.put("a 100,000-digit number", utf8(replaceEachRaw(example, HUGE_NUMBER)));
            // These two spoil only the fields of their type; a body without such a field would be the plausible one.
            JsonNode beyondInt = replaceEach(
                    example, bodySchema, document, type -> numeric(type) ? NODES.numberNode(2_147_483_648L) : null);
            if (!beyondInt.equals(example)) {
                bodies.put("numbers beyond int", bytes(beyondInt));
            }
            JsonNode hugeStrings = replaceEach(
                    example,
                    bodySchema,
                    document,
                    type -> "string".equals(type) ? NODES.stringNode(HUGE_STRING) : null);
            if (!hugeStrings.equals(example)) {
                bodies.put("100,000-character strings", bytes(hugeStrings));
            }
            bodies.put("arrays nested 100,000 deep", utf8("[".repeat(DEEP) + "]".repeat(DEEP)));
            bodies.put("objects nested 100,000 deep", utf8("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
            bodies.put("invalid UTF-8", invalidUtf8());
            bodies.put("a 3 MB body", utf8("{\"a\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"));
            bodies.forEach((name, body) ->
                    inputs.add(new BadInput(name, plausiblePath, Map.of(), MediaType.APPLICATION_JSON, body)));
            inputs.add(new BadInput("text/plain", plausiblePath, Map.of(), MediaType.TEXT_PLAIN, plausibleBody));
            inputs.add(
                    new BadInput("application/xml", plausiblePath, Map.of(), MediaType.APPLICATION_XML, plausibleBody));
            inputs.add(new BadInput("no content type", plausiblePath, Map.of(), null, plausibleBody));
        }
        return inputs;
    }

    private static List<String> badQueryValues(JsonNode schema) {
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        return switch (type) {
            case "integer", "number" -> List.of("abc", "99999999999999999999", HUGE_NUMBER, "1e999");
            case "boolean" -> List.of("maybe", "2");
            case "string" ->
                switch (format) {
                    case "date-time", "date" -> List.of("yesterday", "2026-13-45T99:99:99Z");
                    case "uuid" -> List.of("not-a-uuid", "' OR '1'='1");
                    default -> schema.has("enum") ? List.of("NO_SUCH_VALUE") : List.of();
                };
            default -> List.of();
        };
    }

    /** Values a parser accepts but that overflow what sits behind it (java.sql.Timestamp, PostgreSQL's dates). */
    private static List<String> edgeQueryValues(JsonNode schema) {
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        return switch (type) {
            case "integer" -> List.of(String.valueOf(Integer.MAX_VALUE), String.valueOf(Integer.MIN_VALUE));
            case "string" ->
                switch (format) {
                    case "date-time" -> List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z");
                    case "date" -> List.of("-999999999-01-01", "+999999999-12-31");
                    default -> List.of();
                };
            default -> List.of();
        };
    }

    /** Null when a well-formed value was answered without a 5xx and without an integrity conflict; else what is wrong. */
    private @Nullable String answeredWithoutFailing(MvcTestResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status < 400) {
            return null;
        }
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (body.contains("/problems/conflict.integrity")) {
            return "answered an integrity conflict for a well-formed value: " + status + " " + abbreviate(body);
        }
        return answeredWithAProblem(result);
    }

    /** A value of the documented type where one is needed elsewhere (an id that is well-formed but unknown). */
    private static String plausible(Operation operation, String parameter) {
        JsonNode schema = parameters(operation, "path").stream()
                .filter(p -> p.path("name").asString().equals(parameter))
                .findFirst()
                .map(p -> p.path("schema"))
                .orElse(NODES.objectNode());
        return "pcode".equalsIgnoreCase(parameter)
                ? "LY999999"
                : schema.path("type").asString().equals("integer")
                        ? "1"
                        : UUID.randomUUID().toString();
    }

    private static String expand(String template, List<JsonNode> parameters, Function<String, String> value) {
        String path = template;
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            path = path.replace(
                    "{" + name + "}",
                    org.springframework.web.util.UriUtils.encodePathSegment(value.apply(name), StandardCharsets.UTF_8));
        }
        return path;
    }

    private static List<JsonNode> parameters(Operation operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode parameter : operation.definition().path("parameters")) {
            if (in.equals(parameter.path("in").asString())) {
                found.add(parameter);
            }
        }
        return found;
    }

    private static @Nullable JsonNode bodySchema(Operation operation, JsonNode document) {
        JsonNode content = operation.definition().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        JsonNode schema = content.has("application/json")
                ? content.path("application/json").path("schema")
                : content.values().iterator().next().path("schema");
        return resolve(schema, document);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** A body of the documented shape with simple values: the base that the bad bodies spoil one way each. */
    private static JsonNode example(JsonNode schema, JsonNode document) {
        JsonNode resolved = resolve(schema, document);
        return switch (resolved.path("type").asString("object")) {
            case "string" -> resolved.has("enum") ? resolved.path("enum").get(0) : NODES.stringNode("x");
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            default -> {
                ObjectNode object = NODES.objectNode();
                for (var property : resolved.path("properties").properties()) {
                    JsonNode propertySchema = resolve(property.getValue(), document);
                    object.set(
                            property.getKey(),
                            propertySchema.has("properties") ? NODES.objectNode() : example(propertySchema, document));
                }
                yield object;
            }
        };
    }

    /** The example with each property of the schema replaced by what {@code replacement} gives for its type (null: kept). */
    private static JsonNode replaceEach(
            ObjectNode example, JsonNode schema, JsonNode document, Function<String, @Nullable JsonNode> replacement) {
        ObjectNode spoiled = example.deepCopy();
        for (var property : schema.path("properties").properties()) {
            JsonNode propertySchema = resolve(property.getValue(), document);
            String type = propertySchema.path("type").asString(propertySchema.has("properties") ? "object" : "string");
            JsonNode value = replacement.apply(type);
            if (value != null) {
                spoiled.set(property.getKey(), value);
            }
        }
        return spoiled;
    }

    /** Every property set to the same literal JSON text, which the parser must refuse before any field sees it. */
    private static String replaceEachRaw(ObjectNode example, String literal) {
        StringBuilder body = new StringBuilder("{");
        Iterator<String> names = example.propertyNames().iterator();
        if (!names.hasNext()) {
            body.append("\"a\":").append(literal);
        }
        while (names.hasNext()) {
            body.append('"').append(names.next()).append("\":").append(literal);
            if (names.hasNext()) {
                body.append(',');
            }
        }
        return body.append('}').toString();
    }

    /**
     * What a field of this type cannot take, in the form a careless client sends it: a number for text or a choice, a
     * number in quotes, text for a flag, an object for a list (an array for text is in the wrong-types body too).
     */
    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> NODES.numberNode(5);
            case "integer", "number" -> NODES.stringNode("5");
            case "boolean" -> NODES.stringNode("maybe");
            case "array" -> NODES.objectNode().put("a", 1);
            default -> NODES.arrayNode().add(1);
        };
    }

    private static boolean numeric(String type) {
        return type.equals("integer") || type.equals("number");
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8("{\""));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        body.writeBytes(utf8("\":\""));
        body.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        body.writeBytes(utf8("\"}"));
        return body.toByteArray();
    }

    private byte[] bytes(JsonNode node) {
        return json.writeValueAsBytes(node);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " characters)" : value;
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (List.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                    operations.add(new Operation(
                            HttpMethod.valueOf(operation.getKey().toUpperCase(java.util.Locale.ROOT)),
                            path.getKey(),
                            operation.getValue()));
                }
            }
        }
        return operations;
    }

    /**
     * A user whose role holds every permission of the catalogue, signed in for each request as Spring Security would
     * have them after sign-in (their real account, loaded as the application loads it).
     */
    private RequestPostProcessor signedInWithEveryPermission() {
        String role = "EVERY_PERMISSION_"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        jdbc.sql("INSERT INTO access_role (code, name_en, name_ar) VALUES (:code, :code, :code)")
                .param("code", role)
                .update();
        jdbc.sql("INSERT INTO access_role_permission (role_code, permission) SELECT :code, code FROM access_permission")
                .param("code", role)
                .update();
        String username = TestAccounts.unique("bad-input");
        new TestAccounts(jdbc, passwordEncoder, mvc).create(username, "a walker's long password", role);
        return user(accounts.loadUserByUsername(username));
    }

    /** The tables whose checksum differs between two {@link #applicationTablesChecksum} results. */
    private static List<String> changedTables(String before, String after) {
        List<String> earlier = List.of(before.split("\n"));
        return List.of(after.split("\n")).stream()
                .filter(line -> !earlier.contains(line))
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();
    }

    /**
     * One checksum over the rows of every application table, a line per table; the audit trail, sessions and the event
     * registry are left out, since recording a refused request is what they are for, and so is the change stamp, a
     * count of changes that moves with any write to a stamped table, even one that leaves its rows as they were.
     */
    private String applicationTablesChecksum() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                           AND table_name NOT LIKE 'audit%' AND table_name NOT LIKE 'spring_session%'
                           AND table_name NOT LIKE 'event_publication%' AND table_name <> 'flyway_schema_history'
                           AND table_name <> 'shared_change_stamp'
                         ORDER BY table_name
                        """).query(String.class).list();
        StringBuilder sums = new StringBuilder();
        for (String table : tables) {
            // The table names come from the catalogue, not from input; each is quoted as an identifier.
            sums.append(table)
                    .append('=')
                    .append(jdbc.sql("SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM " + "\""
                                    + table.replace("\"", "\"\"") + "\" t")
                            .query(String.class)
                            .single())
                    .append('\n');
        }
        return sums.toString();
    }
}
