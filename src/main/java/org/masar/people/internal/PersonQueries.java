package org.masar.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Scopes;
import org.masar.geo.SiteId;
import org.masar.people.AgeBand;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonNames;
import org.masar.people.PersonRecord;
import org.masar.people.PersonSummary;
import org.masar.people.PopulationGroup;
import org.masar.people.RecognisablePerson;
import org.masar.people.Sex;
import org.masar.people.internal.matching.DocumentNumbers;
import org.masar.people.internal.matching.PhoneNumbers;
import org.masar.people.internal.matching.SearchText;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads people: one record, a recognisable view, and lists filtered by the user's scopes. A person is in a user's
 * scope when the user works in every baladiya, or in the person's baladiya; a person with no baladiya is in the scope
 * of the user who registered them (and of those who work everywhere).
 */
@Component
class PersonQueries {

    private static final String NAMES = """
            p.given_name_ar, p.given_name_lat, p.father_name_ar, p.father_name_lat, p.grandfather_name_ar,
            p.grandfather_name_lat, p.family_name_ar, p.family_name_lat""";

    /** The scope rule in SQL, for a person row aliased {@code p}. */
    private static final String IN_SCOPE = inScope("p");

    /**
     * The scope rule in SQL for a person row under the given alias, with the parameters {@code :allBaladiya},
     * {@code :baladiya} and {@code :me}: the one rule every people query filters by.
     */
    static String inScope(String alias) {
        return """
                (:allBaladiya OR %1$s.baladiya_pcode = ANY(:baladiya)
                 OR (%1$s.baladiya_pcode IS NULL AND %1$s.registered_by_user = :me))""".formatted(alias);
    }

    /** How close a typed name must be to a stored one (pg_trgm's word similarity of skeletons). */
    private static final double NAME_SIMILARITY = 0.5;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final KeyIndex keys;

    PersonQueries(JdbcClient jdbc, JsonMapper json, KeyIndex keys) {
        this.jdbc = jdbc;
        this.json = json;
        this.keys = keys;
    }

    /** A stored person row with what the face needs to decide scope. */
    record Row(PersonRecord record, @Nullable UUID registeredByUser, boolean deleted) {}

    Optional<Row> find(PersonId id, LocalDate today) {
        Optional<Row> row = jdbc.sql("SELECT p.*, EXISTS (SELECT FROM people_photo f WHERE f.person_id = p.id) AS"
                        + " has_photo FROM people_person p WHERE p.id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Row(
                        record(rs, today, List.of(), List.of()),
                        rs.getObject("registered_by_user", UUID.class),
                        rs.getTimestamp("deleted_at") != null))
                .optional();
        return row.map(found -> new Row(
                withParts(found.record(), phones(id), documents(id)), found.registeredByUser(), found.deleted()));
    }

    /** Whether a person's row is in the scopes (for a row already read). */
    static boolean inScope(Row row, Scopes scopes, @Nullable UUID me) {
        String baladiya = row.record().details().baladiya();
        if (scopes.allBaladiya()) {
            return true;
        }
        if (baladiya != null) {
            return scopes.baladiya().contains(baladiya);
        }
        return me != null && me.equals(row.registeredByUser());
    }

    /** What recognises each of these persons; a deleted person is recognised by nobody. */
    Map<UUID, RecognisablePerson> recognisable(List<UUID> ids, LocalDate today) {
        Map<UUID, RecognisablePerson> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT p.id, p.registration_number, " + NAMES
                        + ", p.sex, p.birth_date_estimate, p.nationality FROM people_person p"
                        + " WHERE p.id = ANY(:ids) AND p.deleted_at IS NULL")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> found.put(
                        rs.getObject("id", UUID.class),
                        new RecognisablePerson(
                                new PersonId(rs.getObject("id", UUID.class)),
                                rs.getString("registration_number"),
                                names(rs),
                                Sex.valueOf(rs.getString("sex")),
                                age(rs.getDate("birth_date_estimate"), today),
                                rs.getString("nationality"))))
                .list();
        return found;
    }

    /** The ids among these whose persons are in the scopes. */
    List<UUID> inScope(List<UUID> ids, Scopes scopes, @Nullable UUID me) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id FROM people_person p WHERE p.id = ANY(:ids) AND " + IN_SCOPE)
                .param("ids", ids.toArray(UUID[]::new))
                .param("allBaladiya", scopes.allBaladiya())
                .param("baladiya", scopes.baladiya().toArray(String[]::new))
                .param("me", me)
                .query(UUID.class)
                .list();
    }

    PageJson<PersonSummary> search(
            PersonFilter filter, Paging paging, Scopes scopes, @Nullable UUID me, LocalDate today) {
        Optional<Selection> selection = select(filter, scopes, me, today);
        if (selection.isEmpty()) {
            return paging.page(List.of(), 0);
        }
        long total = jdbc.sql("SELECT count(*) FROM people_person p WHERE "
                        + selection.get().where())
                .params(selection.get().parameters())
                .query(Long.class)
                .single();
        return paging.page(rows(selection.get(), paging.limit(), paging.offset(), today), total);
    }

    /** How many people a search would list. */
    long count(PersonFilter filter, Scopes scopes, @Nullable UUID me, LocalDate today) {
        return select(filter, scopes, me, today)
                .map(selection -> jdbc.sql("SELECT count(*) FROM people_person p WHERE " + selection.where())
                        .params(selection.parameters())
                        .query(Long.class)
                        .single())
                .orElse(0L);
    }

    /** The first {@code limit} people a search would list, without counting them (for an export). */
    List<PersonSummary> first(PersonFilter filter, int limit, Scopes scopes, @Nullable UUID me, LocalDate today) {
        return select(filter, scopes, me, today)
                .map(selection -> rows(selection, limit, 0, today))
                .orElse(List.of());
    }

    /** A search's WHERE clause, its parameters and its order; empty when the text can match nobody. */
    private record Selection(String where, Map<String, Object> parameters, String order) {}

    private Optional<Selection> select(PersonFilter filter, Scopes scopes, @Nullable UUID me, LocalDate today) {
        StringBuilder where = new StringBuilder("p.merged_into IS NULL AND p.deleted_at IS NULL AND " + IN_SCOPE);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("allBaladiya", scopes.allBaladiya());
        parameters.put("baladiya", scopes.baladiya().toArray(String[]::new));
        parameters.put("me", me);
        String order = "p.registered_at DESC, p.id";
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String digits = RegistrationNumbers.digitsOf(text);
            boolean numeric = !digits.isEmpty() && text.codePoints().noneMatch(Character::isLetter);
            List<String> alternatives = new ArrayList<>();
            if (numeric) {
                alternatives.add("p.registration_number = :digits");
                alternatives.add("EXISTS (SELECT FROM people_phone ph WHERE ph.person_id = p.id"
                        + " AND ph.normalised = ANY(:phones))");
                parameters.put("digits", digits);
                parameters.put("phones", PhoneNumbers.readings(text).toArray(String[]::new));
            } else {
                String skeleton = SearchText.skeleton(text);
                if (!skeleton.isBlank()) {
                    alternatives.add("(:skeleton <% p.name_skeleton)");
                    parameters.put("skeleton", skeleton);
                    order = "word_similarity(:skeleton, p.name_skeleton) DESC, p.registered_at DESC, p.id";
                }
            }
            String document = DocumentNumbers.normalise(text);
            if (!document.isEmpty()) {
                alternatives.add("EXISTS (SELECT FROM people_document d WHERE d.person_id = p.id"
                        + " AND d.number_normalised = :document)");
                parameters.put("document", document);
                // the number with its prefix lost or an O typed for a zero: the document's blocking key, as the
                // candidate search finds it (held by current persons only; merged ones are found by the number); not
                // for a name, which holds no digit
                String key = DocumentNumbers.key(DocumentNumbers.core(document));
                if (key != null && !digits.isEmpty()) {
                    List<UUID> holders = keys.holdersOf(key);
                    if (!holders.isEmpty()) {
                        alternatives.add("p.id = ANY(:documentKeyHolders)");
                        parameters.put("documentKeyHolders", holders.toArray(UUID[]::new));
                    }
                }
            }
            if (alternatives.isEmpty()) {
                return Optional.empty();
            }
            where.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
        }
        if (filter.sex() != null) {
            where.append(" AND p.sex = :sex");
            parameters.put("sex", filter.sex().name());
        }
        if (filter.nationality() != null) {
            where.append(" AND p.nationality = :nationality");
            parameters.put("nationality", filter.nationality());
        }
        if (filter.populationGroup() != null) {
            where.append(" AND p.population_group = :group");
            parameters.put("group", filter.populationGroup().code());
        }
        if (filter.baladiya() != null) {
            where.append(" AND p.baladiya_pcode = :pcode");
            parameters.put("pcode", filter.baladiya());
        }
        AgeBand band = filter.ageBand();
        if (band != null) {
            // Born on or before today minus the youngest age, and after today minus one year more than the oldest.
            where.append(" AND p.birth_date_estimate <= :bornBy");
            parameters.put("bornBy", Date.valueOf(today.minusYears(band.from())));
            if (band.to() != null) {
                where.append(" AND p.birth_date_estimate > :bornAfter");
                parameters.put("bornAfter", Date.valueOf(today.minusYears(band.to() + 1L)));
            }
        }
        return Optional.of(new Selection(where.toString(), parameters, order));
    }

    private List<PersonSummary> rows(Selection selection, int limit, long offset, LocalDate today) {
        return jdbc.sql("SELECT p.id, p.registration_number, " + NAMES + """
                        , p.sex, p.birth_date_estimate, p.nationality, p.population_group, p.baladiya_pcode,
                          p.registered_at
                        FROM people_person p WHERE """ + " " + selection.where() + " ORDER BY "
                        + selection.order()
                        + " LIMIT :limit OFFSET :offset")
                .params(selection.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new PersonSummary(
                        new PersonId(rs.getObject("id", UUID.class)),
                        rs.getString("registration_number"),
                        names(rs),
                        Sex.valueOf(rs.getString("sex")),
                        age(rs.getDate("birth_date_estimate"), today),
                        rs.getString("nationality"),
                        group(rs.getString("population_group")),
                        rs.getString("baladiya_pcode"),
                        rs.getTimestamp("registered_at").toInstant()))
                .list();
    }

    /** One kept snapshot of a person. */
    record Snapshot(int version, String change, java.time.Instant at, String by, Map<String, Object> fields) {}

    List<Snapshot> history(PersonId id) {
        return jdbc.sql("""
                        SELECT version, change, recorded_at, recorded_by, snapshot::text AS snapshot
                          FROM people_person_history WHERE person_id = :id ORDER BY id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new Snapshot(
                        rs.getInt("version"),
                        rs.getString("change"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        json.readValue(rs.getString("snapshot"), new TypeReference<Map<String, Object>>() {})))
                .list();
    }

    private List<String> phones(PersonId id) {
        return jdbc.sql("SELECT as_given FROM people_phone WHERE person_id = :id ORDER BY position")
                .param("id", id.value())
                .query(String.class)
                .list();
    }

    private List<IdentityDocument> documents(PersonId id) {
        return jdbc.sql("""
                        SELECT type, number, issuing_country, expires_on FROM people_document
                         WHERE person_id = :id ORDER BY position
                        """)
                .param("id", id.value())
                .query((rs, n) -> document(rs))
                .list();
    }

    private static IdentityDocument document(ResultSet rs) throws SQLException {
        return new IdentityDocument(
                DocumentType.valueOf(rs.getString("type").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("number"),
                rs.getString("issuing_country"),
                localDate(rs.getDate("expires_on")));
    }

    /**
     * The stored details of these persons (merged and deleted ones too), by id, in three statements for them all: for
     * work over many persons at once, such as the profile refresh.
     */
    Map<UUID, PersonDetails> details(List<UUID> ids, LocalDate today) {
        Map<UUID, PersonDetails> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        UUID[] asked = ids.toArray(UUID[]::new);
        Map<UUID, List<String>> phones = new HashMap<>();
        jdbc.sql(
                        "SELECT person_id, as_given FROM people_phone WHERE person_id = ANY(:ids) ORDER BY person_id, position")
                .param("ids", asked)
                .query(rs -> {
                    phones.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("as_given"));
                });
        Map<UUID, List<IdentityDocument>> documents = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, type, number, issuing_country, expires_on FROM people_document
                         WHERE person_id = ANY(:ids) ORDER BY person_id, position
                        """).param("ids", asked).query(rs -> {
            documents
                    .computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                    .add(document(rs));
        });
        jdbc.sql("SELECT p.*, false AS has_photo FROM people_person p WHERE p.id = ANY(:ids)")
                .param("ids", asked)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(
                            id,
                            record(rs, today, phones.getOrDefault(id, List.of()), documents.getOrDefault(id, List.of()))
                                    .details());
                });
        return found;
    }

    private static PersonRecord withParts(PersonRecord r, List<String> phones, List<IdentityDocument> documents) {
        PersonDetails d = r.details();
        return new PersonRecord(
                r.id(),
                r.registrationNumber(),
                new PersonDetails(
                        d.names(),
                        d.sex(),
                        d.dateOfBirth(),
                        d.estimatedAge(),
                        d.ageEstimatedOn(),
                        d.nationality(),
                        d.populationGroup(),
                        d.languages(),
                        phones,
                        documents,
                        d.baladiya(),
                        d.site()),
                r.age(),
                r.hasPhoto(),
                r.registeredAt(),
                r.registeredBy(),
                r.updatedAt(),
                r.updatedBy(),
                r.mergedInto(),
                r.version());
    }

    private static PersonRecord record(
            ResultSet rs, LocalDate today, List<String> phones, List<IdentityDocument> documents) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        UUID mergedInto = rs.getObject("merged_into", UUID.class);
        java.sql.Array languages = rs.getArray("languages");
        int estimatedAge = rs.getInt("estimated_age");
        boolean hasEstimate = !rs.wasNull();
        return new PersonRecord(
                new PersonId(rs.getObject("id", UUID.class)),
                rs.getString("registration_number"),
                new PersonDetails(
                        names(rs),
                        Sex.valueOf(rs.getString("sex")),
                        localDate(rs.getDate("date_of_birth")),
                        hasEstimate ? estimatedAge : null,
                        localDate(rs.getDate("age_estimated_on")),
                        rs.getString("nationality"),
                        group(rs.getString("population_group")),
                        languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()),
                        phones,
                        documents,
                        rs.getString("baladiya_pcode"),
                        site == null ? null : new SiteId(site)),
                age(rs.getDate("birth_date_estimate"), today),
                rs.getBoolean("has_photo"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                mergedInto == null ? null : new PersonId(mergedInto),
                rs.getInt("version"));
    }

    static PersonNames names(ResultSet rs) throws SQLException {
        return new PersonNames(
                new NamePart(rs.getString("given_name_ar"), rs.getString("given_name_lat")),
                new NamePart(rs.getString("father_name_ar"), rs.getString("father_name_lat")),
                new NamePart(rs.getString("grandfather_name_ar"), rs.getString("grandfather_name_lat")),
                new NamePart(rs.getString("family_name_ar"), rs.getString("family_name_lat")));
    }

    static @Nullable Integer age(@Nullable Date born, LocalDate today) {
        return born == null ? null : Period.between(born.toLocalDate(), today).getYears();
    }

    private static @Nullable PopulationGroup group(@Nullable String code) {
        return code == null ? null : PopulationGroup.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
