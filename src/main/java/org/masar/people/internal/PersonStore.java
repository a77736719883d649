package org.masar.people.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.masar.people.internal.matching.DocumentNumbers;
import org.masar.people.internal.matching.PhoneNumbers;
import org.masar.people.internal.matching.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes persons and what hangs off them (phones, documents, the engine's keys, history), in JDBC batches so that a
 * batch of a thousand registrations is a handful of round trips. Callers hold the transaction.
 */
@Component
class PersonStore {

    /** A person about to be inserted. */
    record NewRow(
            UUID id,
            String registrationNumber,
            PersonDetails details,
            Profile profile,
            @Nullable UUID registeredByUser,
            String by,
            Instant at) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    PersonStore(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the persons; the ones whose random registration number was taken meanwhile are left out and returned,
     * for the caller to try again with another number.
     */
    List<NewRow> insert(List<NewRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // One statement for the batch, its rows as arrays: a row a statement cost PostgreSQL a bind and an execution
        // each, about as much as the row's own writes.
        Set<UUID> inserted = new HashSet<>(jdbc.queryForList(
                """
                        INSERT INTO people_person (
                          id, registration_number, given_name_ar, given_name_lat, father_name_ar, father_name_lat,
                          grandfather_name_ar, grandfather_name_lat, family_name_ar, family_name_lat, name_skeleton,
                          match_features, sex, date_of_birth, estimated_age, age_estimated_on, nationality,
                          population_group, languages, baladiya_pcode, site_id, registered_at, registered_by,
                          registered_by_user, updated_at, updated_by, version)
                        SELECT r.id, r.number, r.given_ar, r.given_lat, r.father_ar, r.father_lat, r.grandfather_ar,
                               r.grandfather_lat, r.family_ar, r.family_lat, r.skeleton, r.features, r.sex, r.born,
                               r.estimated_age, r.estimated_on, r.nationality, r.population_group,
                               ARRAY(SELECT jsonb_array_elements_text(r.languages)), r.baladiya, r.site, r.at, r.by,
                               r.by_user, r.at, r.by, 0
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS text[]), CAST(:givenAr AS text[]),
                                      CAST(:givenLat AS text[]), CAST(:fatherAr AS text[]),
                                      CAST(:fatherLat AS text[]), CAST(:grandfatherAr AS text[]),
                                      CAST(:grandfatherLat AS text[]), CAST(:familyAr AS text[]),
                                      CAST(:familyLat AS text[]), CAST(:skeletons AS text[]),
                                      CAST(:features AS text[]), CAST(:sexes AS text[]), CAST(:born AS date[]),
                                      CAST(:estimatedAges AS integer[]), CAST(:estimatedOn AS date[]),
                                      CAST(:nationalities AS text[]), CAST(:groups AS text[]),
                                      CAST(:languages AS jsonb[]), CAST(:baladiyas AS text[]), CAST(:sites AS uuid[]),
                                      CAST(:at AS timestamptz[]), CAST(:by AS text[]), CAST(:byUser AS uuid[]))
                               AS r (id, number, given_ar, given_lat, father_ar, father_lat, grandfather_ar,
                                     grandfather_lat, family_ar, family_lat, skeleton, features, sex, born,
                                     estimated_age, estimated_on, nationality, population_group, languages,
                                     baladiya, site, at, by, by_user)
                        ON CONFLICT (registration_number) DO NOTHING
                        RETURNING id
                        """,
                new MapSqlParameterSource()
                        .addValue("ids", rows.stream().map(NewRow::id).toArray(UUID[]::new))
                        .addValue("numbers", texts(rows, NewRow::registrationNumber))
                        .addValue("givenAr", names(rows, PersonNames::given, NamePart::ar))
                        .addValue("givenLat", names(rows, PersonNames::given, NamePart::lat))
                        .addValue("fatherAr", names(rows, PersonNames::father, NamePart::ar))
                        .addValue("fatherLat", names(rows, PersonNames::father, NamePart::lat))
                        .addValue("grandfatherAr", names(rows, PersonNames::grandfather, NamePart::ar))
                        .addValue("grandfatherLat", names(rows, PersonNames::grandfather, NamePart::lat))
                        .addValue("familyAr", names(rows, PersonNames::family, NamePart::ar))
                        .addValue("familyLat", names(rows, PersonNames::family, NamePart::lat))
                        .addValue("skeletons", texts(rows, row -> row.profile().nameSkeleton()))
                        .addValue("features", texts(rows, row -> row.profile().encode()))
                        .addValue(
                                "sexes", texts(rows, row -> nameOf(row.details().sex())))
                        .addValue("born", texts(rows, row -> text(row.details().dateOfBirth())))
                        .addValue(
                                "estimatedAges",
                                rows.stream()
                                        .map(row -> row.details().estimatedAge())
                                        .toArray(Integer[]::new))
                        .addValue(
                                "estimatedOn",
                                texts(rows, row -> text(row.details().ageEstimatedOn())))
                        .addValue(
                                "nationalities",
                                texts(rows, row -> row.details().nationality()))
                        .addValue(
                                "groups",
                                texts(rows, row -> codeOf(row.details().populationGroup())))
                        .addValue(
                                "languages",
                                texts(
                                        rows,
                                        row -> json.writeValueAsString(
                                                row.details().languages())))
                        .addValue("baladiyas", texts(rows, row -> row.details().baladiya()))
                        .addValue(
                                "sites",
                                rows.stream()
                                        .map(row -> row.details().site() == null
                                                ? null
                                                : row.details().site().value())
                                        .toArray(UUID[]::new))
                        .addValue("at", texts(rows, row -> row.at().toString()))
                        .addValue("by", texts(rows, NewRow::by))
                        .addValue(
                                "byUser",
                                rows.stream().map(NewRow::registeredByUser).toArray(UUID[]::new)),
                UUID.class));
        List<NewRow> done = new ArrayList<>();
        List<NewRow> retry = new ArrayList<>();
        for (NewRow row : rows) {
            (inserted.contains(row.id()) ? done : retry).add(row);
        }
        writeParts(done.stream()
                .map(row -> new Parts(row.id(), 0, row.details(), row.profile()))
                .toList());
        history(done.stream()
                .map(row -> new HistoryRow(row.id(), 0, "registered", row.by(), row.at(), row.details()))
                .toList());
        return retry;
    }

    /** What a person's details, at a version, put into the child tables. */
    record Parts(UUID id, int version, PersonDetails details, Profile profile) {}

    /** Writes phones, documents and match keys of persons (after {@link #clearParts} when correcting). */
    void writeParts(List<Parts> persons) {
        List<UUID> phoneOwners = new ArrayList<>();
        List<Integer> phonePositions = new ArrayList<>();
        List<String> phonesAsGiven = new ArrayList<>();
        List<@Nullable String> phonesNormalised = new ArrayList<>();
        List<UUID> documentOwners = new ArrayList<>();
        List<Integer> documentPositions = new ArrayList<>();
        List<String> documentTypes = new ArrayList<>();
        List<String> documentNumbers = new ArrayList<>();
        List<@Nullable String> documentsNormalised = new ArrayList<>();
        List<@Nullable String> issuingCountries = new ArrayList<>();
        List<@Nullable String> expiries = new ArrayList<>();
        for (Parts person : persons) {
            List<String> given = person.details().phones();
            for (int i = 0; i < given.size(); i++) {
                phoneOwners.add(person.id());
                phonePositions.add(i);
                phonesAsGiven.add(given.get(i));
                phonesNormalised.add(
                        PhoneNumbers.normalise(given.get(i), person.details().nationality()));
            }
            List<IdentityDocument> docs = person.details().documents();
            for (int i = 0; i < docs.size(); i++) {
                IdentityDocument doc = docs.get(i);
                documentOwners.add(person.id());
                documentPositions.add(i);
                documentTypes.add(doc.type().code());
                documentNumbers.add(doc.number());
                documentsNormalised.add(DocumentNumbers.normalise(doc.number()));
                issuingCountries.add(doc.issuingCountry());
                expiries.add(text(doc.expiresOn()));
            }
        }
        if (!phoneOwners.isEmpty()) {
            jdbc.update(
                    """
                            INSERT INTO people_phone (person_id, position, as_given, normalised)
                            SELECT * FROM unnest(CAST(:persons AS uuid[]), CAST(:positions AS integer[]),
                                                 CAST(:asGiven AS text[]), CAST(:normalised AS text[]))
                            """,
                    new MapSqlParameterSource()
                            .addValue("persons", phoneOwners.toArray(UUID[]::new))
                            .addValue("positions", phonePositions.toArray(Integer[]::new))
                            .addValue("asGiven", phonesAsGiven.toArray(String[]::new))
                            .addValue("normalised", phonesNormalised.toArray(String[]::new)));
        }
        if (!documentOwners.isEmpty()) {
            jdbc.update(
                    """
                            INSERT INTO people_document (person_id, position, type, number, number_normalised,
                                                         issuing_country, expires_on)
                            SELECT * FROM unnest(CAST(:persons AS uuid[]), CAST(:positions AS integer[]),
                                                 CAST(:types AS text[]), CAST(:numbers AS text[]),
                                                 CAST(:normalised AS text[]), CAST(:countries AS text[]),
                                                 CAST(:expires AS date[]))
                            """,
                    new MapSqlParameterSource()
                            .addValue("persons", documentOwners.toArray(UUID[]::new))
                            .addValue("positions", documentPositions.toArray(Integer[]::new))
                            .addValue("types", documentTypes.toArray(String[]::new))
                            .addValue("numbers", documentNumbers.toArray(String[]::new))
                            .addValue("normalised", documentsNormalised.toArray(String[]::new))
                            .addValue("countries", issuingCountries.toArray(String[]::new))
                            .addValue("expires", expiries.toArray(String[]::new)));
        }
        writeKeys(persons);
    }

    /**
     * Writes the blocking keys of persons, hashed by PostgreSQL ({@code hashtextextended(key, 0)}), with the version
     * their features are of: a row a person holding any (V57), one statement for every 2,000 keys or so. The persons
     * hold no keys yet (new, or theirs removed first), so a plain insert does; two keys of one person with one hash
     * are kept once.
     */
    void writeKeys(List<Parts> persons) {
        List<String> keys = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        for (Parts person : persons) {
            // a statement at most every CandidateSearch.KEYS_A_STATEMENT keys, a person's keys all in one
            if (keys.size() + person.profile().blockingKeys().size() > CandidateSearch.KEYS_A_STATEMENT) {
                insertKeys(keys, ids, versions);
                keys.clear();
                ids.clear();
                versions.clear();
            }
            for (String key : person.profile().blockingKeys()) {
                keys.add(key);
                ids.add(person.id());
                versions.add(person.version());
            }
        }
        insertKeys(keys, ids, versions);
    }

    private void insertKeys(List<String> keys, List<UUID> ids, List<Integer> versions) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.update(
                """
                        INSERT INTO people_match_keys (person_id, version, hashes)
                        SELECT k.person, k.version, array_agg(DISTINCT hashtextextended(k.key, 0))
                          FROM unnest(CAST(:keys AS text[]), CAST(:persons AS uuid[]), CAST(:versions AS integer[]))
                               AS k (key, person, version)
                         GROUP BY k.person, k.version
                         ORDER BY 1
                        """,
                new MapSqlParameterSource()
                        .addValue("keys", keys.toArray(String[]::new))
                        .addValue("persons", ids.toArray(UUID[]::new))
                        .addValue("versions", versions.toArray(Integer[]::new)));
    }

    /** Removes a person's phones, documents and match keys, before they are written anew. */
    void clearParts(UUID person) {
        MapSqlParameterSource id = new MapSqlParameterSource("person", person);
        jdbc.update("DELETE FROM people_phone WHERE person_id = :person", id);
        jdbc.update("DELETE FROM people_document WHERE person_id = :person", id);
        jdbc.update("DELETE FROM people_match_keys WHERE person_id = :person", id);
    }

    /**
     * Writes corrected details over a person guarded by its version; false when the version moved meanwhile.
     */
    boolean update(UUID id, int expectedVersion, PersonDetails details, Profile profile, String by, Instant at) {
        MapSqlParameterSource parameters = personParameters(new NewRow(id, "000000000", details, profile, null, by, at))
                .addValue("version", expectedVersion);
        int updated = jdbc.update("""
                        UPDATE people_person
                           SET given_name_ar = :givenAr, given_name_lat = :givenLat, father_name_ar = :fatherAr,
                               father_name_lat = :fatherLat, grandfather_name_ar = :grandfatherAr,
                               grandfather_name_lat = :grandfatherLat, family_name_ar = :familyAr,
                               family_name_lat = :familyLat, name_skeleton = :skeleton, match_features = :features,
                               sex = :sex, date_of_birth = :born, estimated_age = :estimatedAge,
                               age_estimated_on = :estimatedOn, nationality = :nationality, population_group = :group,
                               languages = :languages, baladiya_pcode = :baladiya, site_id = :site,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id AND version = :version AND deleted_at IS NULL AND merged_into IS NULL
                        """, parameters);
        if (updated == 0) {
            return false;
        }
        clearParts(id);
        writeParts(List.of(new Parts(id, expectedVersion + 1, details, profile)));
        history(List.of(new HistoryRow(id, expectedVersion + 1, "updated", by, at, details)));
        return true;
    }

    /** Marks a person deleted, guarded by its version; false when the version moved meanwhile. */
    boolean delete(UUID id, int expectedVersion, String reason, String by, Instant at, PersonDetails details) {
        int updated = jdbc.update(
                """
                        UPDATE people_person
                           SET deleted_at = :at, deleted_by = :by, deletion_reason = :reason,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("version", expectedVersion)
                        .addValue("reason", reason)
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(at)));
        if (updated == 0) {
            return false;
        }
        // A deleted person is no longer anyone's candidate.
        jdbc.update("DELETE FROM people_match_keys WHERE person_id = :person", new MapSqlParameterSource("person", id));
        history(List.of(new HistoryRow(id, expectedVersion + 1, "deleted", by, at, details)));
        return true;
    }

    /** One snapshot of a person's history. */
    record HistoryRow(UUID person, int version, String change, String by, Instant at, PersonDetails details) {}

    /**
     * How many history rows one statement writes at most: their snapshots travel as one array parameter, which the
     * driver encodes in one byte array; for a batch of 1,000 persons that was a megabyte, a humongous object to G1,
     * which starts a concurrent marking cycle whenever the heap is as full as it is at a million persons
     * (bench/README.md, "The blocking keys kept in memory").
     */
    private static final int HISTORY_ROWS_A_STATEMENT = 250;

    void history(List<HistoryRow> rows) {
        for (int from = 0; from < rows.size(); from += HISTORY_ROWS_A_STATEMENT) {
            historyStatement(rows.subList(from, Math.min(rows.size(), from + HISTORY_ROWS_A_STATEMENT)));
        }
    }

    private void historyStatement(List<HistoryRow> rows) {
        jdbc.update(
                """
                        INSERT INTO people_person_history (person_id, version, change, recorded_at, recorded_by,
                                                           snapshot)
                        SELECT * FROM unnest(CAST(:persons AS uuid[]), CAST(:versions AS integer[]),
                                             CAST(:changes AS text[]), CAST(:at AS timestamptz[]),
                                             CAST(:by AS text[]), CAST(:snapshots AS jsonb[]))
                        """,
                new MapSqlParameterSource()
                        .addValue(
                                "persons", rows.stream().map(HistoryRow::person).toArray(UUID[]::new))
                        .addValue(
                                "versions",
                                rows.stream().map(HistoryRow::version).toArray(Integer[]::new))
                        .addValue(
                                "changes", rows.stream().map(HistoryRow::change).toArray(String[]::new))
                        .addValue(
                                "at",
                                rows.stream().map(row -> row.at().toString()).toArray(String[]::new))
                        .addValue("by", rows.stream().map(HistoryRow::by).toArray(String[]::new))
                        .addValue(
                                "snapshots",
                                rows.stream()
                                        .map(row -> json.writeValueAsString(snapshot(row.details())))
                                        .toArray(String[]::new)));
    }

    /**
     * Likely duplicate pairs to review, each stored once (smaller id first, as PostgreSQL orders them); a pair already
     * known is left as it is. {@code countsAsOne}: the two count as one bearer of their names while the pair is open
     * ({@link CandidateSearch.Found#likelyAlone()}).
     */
    record PairRow(
            UUID one,
            UUID other,
            double score,
            List<Map<String, Object>> reasons,
            String foundBy,
            Instant at,
            boolean countsAsOne) {}

    void recordPairs(List<PairRow> pairs) {
        jdbc.batchUpdate(
                """
                        INSERT INTO people_duplicate_pair (person_a, person_b, score, reasons, found_at, found_by,
                                                           counts_as_one)
                        VALUES (LEAST(CAST(:a AS uuid), CAST(:b AS uuid)), GREATEST(CAST(:a AS uuid), CAST(:b AS uuid)),
                                :score, CAST(:reasons AS jsonb), :at, :foundBy, :countsAsOne)
                        ON CONFLICT (person_a, person_b) DO NOTHING
                        """,
                pairs.stream()
                        .map(pair -> {
                            // PostgreSQL orders uuids by unsigned bytes, Java by signed longs: let the database order.
                            return new MapSqlParameterSource()
                                    .addValue("a", pair.one())
                                    .addValue("b", pair.other())
                                    .addValue("score", Math.round(pair.score() * 1000) / 1000.0)
                                    .addValue("reasons", json.writeValueAsString(pair.reasons()))
                                    .addValue("at", Timestamp.from(pair.at()))
                                    .addValue("foundBy", pair.foundBy())
                                    .addValue("countsAsOne", pair.countsAsOne());
                        })
                        .toArray(SqlParameterSource[]::new));
    }

    /** A person's details as a history snapshot: what was recorded, field by field, as the API names them. */
    static Map<String, Object> snapshot(PersonDetails details) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("givenName", details.names().given());
        snapshot.put("fatherName", details.names().father());
        snapshot.put("grandfatherName", details.names().grandfather());
        snapshot.put("familyName", details.names().family());
        snapshot.put("sex", details.sex() == null ? null : details.sex().name());
        snapshot.put("dateOfBirth", text(details.dateOfBirth()));
        snapshot.put("estimatedAge", details.estimatedAge());
        snapshot.put("ageEstimatedOn", text(details.ageEstimatedOn()));
        snapshot.put("nationality", details.nationality());
        snapshot.put(
                "populationGroup",
                details.populationGroup() == null
                        ? null
                        : details.populationGroup().code());
        snapshot.put("languages", details.languages());
        snapshot.put("phones", details.phones());
        snapshot.put(
                "documents",
                details.documents().stream()
                        .map(doc -> {
                            Map<String, Object> d = new LinkedHashMap<>();
                            d.put("type", doc.type().code());
                            d.put("number", doc.number());
                            d.put("issuingCountry", doc.issuingCountry());
                            d.put("expiresOn", text(doc.expiresOn()));
                            return d;
                        })
                        .toList());
        snapshot.put("baladiya", details.baladiya());
        snapshot.put("site", details.site() == null ? null : details.site().toString());
        return snapshot;
    }

    private MapSqlParameterSource personParameters(NewRow row) {
        PersonDetails d = row.details();
        return new MapSqlParameterSource()
                .addValue("id", row.id())
                .addValue("number", row.registrationNumber())
                .addValue("givenAr", d.names().given().ar())
                .addValue("givenLat", d.names().given().lat())
                .addValue("fatherAr", d.names().father().ar())
                .addValue("fatherLat", d.names().father().lat())
                .addValue("grandfatherAr", d.names().grandfather().ar())
                .addValue("grandfatherLat", d.names().grandfather().lat())
                .addValue("familyAr", d.names().family().ar())
                .addValue("familyLat", d.names().family().lat())
                .addValue("skeleton", row.profile().nameSkeleton())
                .addValue("features", row.profile().encode())
                .addValue("sex", d.sex() == null ? null : d.sex().name())
                .addValue("born", date(d.dateOfBirth()))
                .addValue("estimatedAge", d.estimatedAge())
                .addValue("estimatedOn", date(d.ageEstimatedOn()))
                .addValue("nationality", d.nationality())
                .addValue(
                        "group",
                        d.populationGroup() == null ? null : d.populationGroup().code())
                .addValue("languages", d.languages().toArray(String[]::new))
                .addValue("baladiya", d.baladiya())
                .addValue("site", d.site() == null ? null : d.site().value())
                .addValue("at", Timestamp.from(row.at()))
                .addValue("by", row.by())
                .addValue("byUser", row.registeredByUser());
    }

    /** A column of a multi-row insert: one value a row, for {@code unnest}. */
    private static <R> @Nullable String[] texts(List<R> rows, Function<R, @Nullable String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /** The column of one name part in one script. */
    private static @Nullable String[] names(
            List<NewRow> rows, Function<PersonNames, NamePart> part, Function<NamePart, @Nullable String> script) {
        return texts(rows, row -> script.apply(part.apply(row.details().names())));
    }

    private static @Nullable String nameOf(@Nullable Sex sex) {
        return sex == null ? null : sex.name();
    }

    private static @Nullable String codeOf(@Nullable PopulationGroup group) {
        return group == null ? null : group.code();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable String text(@Nullable LocalDate day) {
        return day == null ? null : day.toString();
    }
}
