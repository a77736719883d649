package org.masar.collect.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.OfficeNotFound;
import org.masar.access.UserId;
import org.masar.access.UserNotFound;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.FormDetail;
import org.masar.collect.FormFile;
import org.masar.collect.FormInvalid;
import org.masar.collect.FormMedia;
import org.masar.collect.FormMediaMissing;
import org.masar.collect.FormMediaUnknown;
import org.masar.collect.FormNotFound;
import org.masar.collect.FormServer;
import org.masar.collect.FormState;
import org.masar.collect.FormSummary;
import org.masar.collect.FormVersion;
import org.masar.collect.FormVersionConflict;
import org.masar.collect.Forms;
import org.masar.collect.XlsForms;
import org.masar.shared.ChangeStamp;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms, their versions and media, for managers ({@link Forms}) and for phones ({@link FormServer}). An upload is
 * read and checked whole (JavaRosa loads the XForm, every media file is one the form names) before anything is
 * written, and written in one transaction. Media bytes are kept once per content (by MD5) outside the rows that list
 * them.
 */
@Service
class FormService implements Forms, FormServer {

    static final String MANAGE = "collect:manage-forms";
    static final String SUBMIT = "collect:submit";
    private static final String SUBJECT = "collect-form";

    /**
     * Whether the user {@code :me} may see form {@code f}: it is not limited, or names them, or names the office they
     * belong to. The user holding {@code collect:submit} is checked apart.
     */
    static final String VISIBLE = """
            (NOT f.limited
                 OR EXISTS (SELECT FROM collect_form_user u WHERE u.form = f.id AND u.user_id = :me)
                 OR EXISTS (SELECT FROM collect_form_office o JOIN access_user au ON au.office_id = o.office
                             WHERE o.form = f.id AND au.id = :me))""";

    private final JdbcClient jdbc;
    private final XlsForms xlsForms;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    /** Who sent an instance to which form version: what {@link #receiving} reads for it. */
    private record ReceivingKey(String formId, String version, UUID user) {}

    private record ReceivingRow(
            UUID form,
            String state,
            boolean visible,
            @Nullable UUID versionId,
            boolean bound) {}

    /**
     * What a phone's every submission reads, as of the change stamp: forms, their versions, who may collect, the
     * bindings and the users' offices are stamped tables (V53).
     */
    private final ChangeStamp.Cache<ReceivingKey, Optional<ReceivingRow>> receivingRows;

    FormService(
            JdbcClient jdbc,
            XlsForms xlsForms,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            ChangeStamp changes) {
        this.receivingRows = changes.cache(10_000);
        this.jdbc = jdbc;
        this.xlsForms = xlsForms;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- managers

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail upload(FormFile file, List<FormFile> media) {
        String by = CurrentUser.get().username();
        Instant now = clock.instant();
        Upload upload = read(file);
        Map<String, FormFile> given = mediaByName(media, upload.read().media());
        String xml = upload.xml();
        String md5 = md5(xml.getBytes(StandardCharsets.UTF_8));
        XFormReader.Read read = upload.read();
        Optional<UUID> existing = formKey(read.formId());
        UUID form;
        boolean newForm = existing.isEmpty();
        if (newForm) {
            form = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO collect_form (id, form_id, title, state, created_by, created_at, updated_by,
                                                      updated_at)
                            VALUES (:id, :formId, :title, :state, :by, :now, :by, :now)
                            """)
                    .param("id", form)
                    .param("formId", read.formId())
                    .param("title", read.title())
                    .param("state", given.size() == read.media().size() ? "open" : "closed")
                    .param("by", by)
                    .param("now", Timestamp.from(now))
                    .update();
        } else {
            form = existing.get();
        }
        Optional<VersionRow> same = jdbc.sql(
                        "SELECT id, md5 FROM collect_form_version WHERE form = :form AND version = :v")
                .param("form", form)
                .param("v", read.version())
                .query((row, n) -> new VersionRow(row.getObject("id", UUID.class), row.getString("md5")))
                .optional();
        UUID versionId;
        if (same.isPresent()) {
            if (!same.get().md5().equals(md5)) {
                throw new FormVersionConflict(read.formId(), read.version());
            }
            versionId = same.get().id();
        } else {
            versionId = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO collect_form_version (id, form, version, title, xml, md5, source, uploaded_by,
                                                              uploaded_at)
                            VALUES (:id, :form, :version, :title, :xml, :md5, :source, :by, :now)
                            """)
                    .param("id", versionId)
                    .param("form", form)
                    .param("version", read.version())
                    .param("title", read.title())
                    .param("xml", xml)
                    .param("md5", md5)
                    .param("source", upload.source())
                    .param("by", by)
                    .param("now", Timestamp.from(now))
                    .update();
            for (String name : read.media()) {
                jdbc.sql("INSERT INTO collect_form_media (form_version, filename) VALUES (:v, :name)")
                        .param("v", versionId)
                        .param("name", name)
                        .update();
            }
            jdbc.sql("""
                            UPDATE collect_form SET title = :title, updated_by = :by, updated_at = :now,
                                   version = version + 1
                             WHERE id = :form
                            """)
                    .param("title", read.title())
                    .param("by", by)
                    .param("now", Timestamp.from(now))
                    .param("form", form)
                    .update();
        }
        storeMedia(versionId, given.values(), now);
        audit.record(new AuditEvent(
                "collect.form.uploaded",
                AuditOutcome.SUCCESS,
                SUBJECT,
                read.formId(),
                null,
                Map.of("version", read.version(), "source", upload.source(), "media", String.valueOf(given.size())),
                by));
        return get(read.formId());
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail addMedia(String formId, List<FormFile> media) {
        FormDetail form = get(formId);
        FormVersion latest = form.latest();
        Map<String, FormFile> given = mediaByName(
                media, latest.media().stream().map(FormMedia::filename).toList());
        storeMedia(latest.id(), given.values(), clock.instant());
        audit.record(new AuditEvent(
                "collect.form.media-added",
                AuditOutcome.SUCCESS,
                SUBJECT,
                formId,
                null,
                Map.of("version", latest.version(), "files", String.join(", ", given.keySet())),
                CurrentUser.get().username()));
        return get(formId);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public PageJson<FormSummary> list(Paging paging) {
        long total =
                jdbc.sql("SELECT count(*) FROM collect_form").query(Long.class).single();
        List<FormSummary> items = jdbc.sql("""
                        SELECT f.form_id, f.title, f.state, f.limited, f.updated_at,
                               (SELECT count(*) FROM collect_form_version v WHERE v.form = f.id) AS versions,
                               l.version AS latest,
                               ARRAY(SELECT m.filename FROM collect_form_media m
                                      WHERE m.form_version = l.id AND m.md5 IS NULL ORDER BY m.filename) AS missing
                          FROM collect_form f
                          CROSS JOIN LATERAL (SELECT v.id, v.version FROM collect_form_version v WHERE v.form = f.id
                                               ORDER BY v.uploaded_at DESC, v.id LIMIT 1) l
                         ORDER BY f.updated_at DESC, f.form_id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> new FormSummary(
                        row.getString("form_id"),
                        row.getString("title"),
                        state(row.getString("state")),
                        row.getBoolean("limited"),
                        row.getString("latest"),
                        row.getInt("versions"),
                        List.of((String[]) row.getArray("missing").getArray()),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public FormDetail get(String formId) {
        return detail(formId).orElseThrow(() -> new FormNotFound(formId));
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail open(String formId) {
        FormDetail form = get(formId);
        List<String> missing = form.latest().missingMedia();
        if (!missing.isEmpty()) {
            throw new FormMediaMissing(formId, String.join(", ", missing));
        }
        return changeState(form, FormState.OPEN);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail close(String formId) {
        return changeState(get(formId), FormState.CLOSED);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail limit(String formId, @Nullable Set<UserId> users) {
        return limit(formId, users, null);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public FormDetail limit(String formId, @Nullable Set<UserId> users, @Nullable Set<OfficeId> offices) {
        FormDetail form = get(formId);
        UUID key = formKey(formId).orElseThrow(() -> new FormNotFound(formId));
        boolean limited = users != null || offices != null;
        Set<UserId> limitedTo = users == null ? Set.of() : users;
        Set<OfficeId> teams = offices == null ? Set.of() : offices;
        if (!limitedTo.isEmpty()) {
            Map<UserId, String> known = directory.userNames(limitedTo);
            for (UserId user : limitedTo) {
                if (!known.containsKey(user)) {
                    throw new UserNotFound(user);
                }
            }
        }
        if (!teams.isEmpty()) {
            Map<OfficeId, BilingualName> known = directory.officeNames(teams);
            for (OfficeId office : teams) {
                if (!known.containsKey(office)) {
                    throw new OfficeNotFound(office);
                }
            }
        }
        jdbc.sql("DELETE FROM collect_form_user WHERE form = :form")
                .param("form", key)
                .update();
        jdbc.sql("DELETE FROM collect_form_office WHERE form = :form")
                .param("form", key)
                .update();
        for (UserId user : limitedTo) {
            jdbc.sql("INSERT INTO collect_form_user (form, user_id) VALUES (:form, :user)")
                    .param("form", key)
                    .param("user", user.value())
                    .update();
        }
        for (OfficeId office : teams) {
            jdbc.sql("INSERT INTO collect_form_office (form, office) VALUES (:form, :office)")
                    .param("form", key)
                    .param("office", office.value())
                    .update();
        }
        touch(key, "limited = :limited", Map.of("limited", limited));
        audit.record(new AuditEvent(
                "collect.form.access-changed",
                AuditOutcome.SUCCESS,
                SUBJECT,
                form.formId(),
                null,
                limited
                        ? Map.of(
                                "limitedTo",
                                String.valueOf(limitedTo.size()),
                                "offices",
                                String.join(
                                        ", ",
                                        teams.stream()
                                                .map(OfficeId::toString)
                                                .sorted()
                                                .toList()))
                        : Map.of("limitedTo", "everyone"),
                CurrentUser.get().username()));
        return get(formId);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public String xform(String formId, UUID versionId) {
        return jdbc.sql("""
                        SELECT v.xml FROM collect_form_version v JOIN collect_form f ON f.id = v.form
                         WHERE f.form_id = :formId AND v.id = :v
                        """)
                .param("formId", formId)
                .param("v", versionId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public List<UserId> usersWithPhones() {
        return jdbc.sql("SELECT DISTINCT user_id FROM collect_password WHERE revoked_at IS NULL")
                .query((row, n) -> new UserId(row.getObject("user_id", UUID.class)))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public List<OfficeId> offices() {
        return jdbc.sql("SELECT id FROM access_office WHERE active ORDER BY code")
                .query((row, n) -> new OfficeId(row.getObject("id", UUID.class)))
                .list();
    }

    // ---------------------------------------------------------------- phones

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional(readOnly = true)
    public List<Listed> formList() {
        return jdbc.sql("""
                        SELECT f.form_id, l.title, l.version, l.md5, l.id,
                               EXISTS (SELECT FROM collect_form_media m WHERE m.form_version = l.id) AS has_media
                          FROM collect_form f
                          CROSS JOIN LATERAL (SELECT v.id, v.version, v.title, v.md5 FROM collect_form_version v
                                               WHERE v.form = f.id ORDER BY v.uploaded_at DESC, v.id LIMIT 1) l
                         WHERE f.state = 'open'
                           AND %s
                           AND NOT EXISTS (SELECT FROM collect_form_media m
                                            WHERE m.form_version = l.id AND m.md5 IS NULL)
                         ORDER BY f.form_id
                        """.formatted(VISIBLE))
                .param("me", CurrentUser.get().id().value())
                .query((row, n) -> new Listed(
                        row.getString("form_id"),
                        row.getString("title"),
                        row.getString("version"),
                        row.getString("md5"),
                        row.getObject("id", UUID.class),
                        row.getBoolean("has_media")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional(readOnly = true)
    public Definition definition(String formId, UUID versionId) {
        return visibleVersion(formId, versionId, "v.xml")
                .map(row -> new Definition(formId, row.version(), row.value()))
                .orElseThrow(() -> new FormNotFound(formId));
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional(readOnly = true)
    public List<FormMedia> manifest(String formId, UUID versionId) {
        visibleVersion(formId, versionId, "v.md5").orElseThrow(() -> new FormNotFound(formId));
        return media(versionId).stream().filter(FormMedia::present).toList();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional(readOnly = true)
    public MediaContent media(String formId, UUID versionId, String filename) {
        visibleVersion(formId, versionId, "v.md5").orElseThrow(() -> new FormNotFound(formId));
        return jdbc.sql("""
                        SELECT m.filename, m.content_type, c.bytes
                          FROM collect_form_media m JOIN collect_media_content c ON c.md5 = m.md5
                         WHERE m.form_version = :v AND m.filename = :name
                        """)
                .param("v", versionId)
                .param("name", filename)
                .query((row, n) -> new MediaContent(
                        row.getString("filename"),
                        Optional.ofNullable(row.getString("content_type")).orElse("application/octet-stream"),
                        row.getBytes("bytes")))
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
    }

    @Override
    public Receiving receiving(String formId, @Nullable String version) {
        Optional<ReceivingRow> found = receivingRows.get(
                new ReceivingKey(
                        formId,
                        version == null ? "" : version.strip(),
                        CurrentUser.get().id().value()),
                key -> jdbc.sql("""
                                SELECT f.id, f.state, %s AS visible,
                                       (SELECT v.id FROM collect_form_version v
                                         WHERE v.form = f.id AND v.version = :version) AS version_id,
                                       EXISTS (SELECT FROM collect_binding b WHERE b.form = f.id) AS bound
                                  FROM collect_form f
                                 WHERE f.form_id = :formId
                                """.formatted(VISIBLE))
                        .param("formId", key.formId())
                        .param("version", key.version())
                        .param("me", key.user())
                        .query((row, n) -> new ReceivingRow(
                                row.getObject("id", UUID.class),
                                row.getString("state"),
                                row.getBoolean("visible"),
                                row.getObject("version_id", UUID.class),
                                row.getBoolean("bound")))
                        .optional());
        if (found.isEmpty()) {
            return new Receiving.FormUnknown();
        }
        ReceivingRow form = found.get();
        if (!mayCollect() || !form.visible()) {
            return new Receiving.NotAllowed();
        }
        if (!"open".equals(form.state())) {
            return new Receiving.Closed();
        }
        if (form.versionId() == null) {
            return new Receiving.VersionUnknown();
        }
        return new Receiving.Open(form.form(), form.versionId(), form.bound());
    }

    private static boolean mayCollect() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> SUBMIT.equals(a.getAuthority()));
    }

    // ---------------------------------------------------------------- details

    private record Upload(String xml, XFormReader.Read read, String source) {}

    private record VersionRow(UUID id, String md5) {}

    private record Valued(String version, String value) {}

    private Upload read(FormFile file) {
        String name = file.filename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            ConvertedXForm converted = xlsForms.convert(file.bytes(), file.filename());
            byte[] xml = converted.xml().getBytes(StandardCharsets.UTF_8);
            return new Upload(converted.xml(), XFormReader.read(xml), "xlsform");
        }
        if (name.endsWith(".xml") || name.endsWith(".xhtml")) {
            return new Upload(XFormReader.text(file.bytes()), XFormReader.read(file.bytes()), "xform");
        }
        throw new FormInvalid("collect.form-file-unsupported", file.filename());
    }

    private static Map<String, FormFile> mediaByName(List<FormFile> media, List<String> named) {
        Map<String, FormFile> byName = new LinkedHashMap<>();
        for (FormFile file : media) {
            String name = file.filename();
            if (!named.contains(name)) {
                throw new FormMediaUnknown(name);
            }
            byName.put(name, file);
        }
        return byName;
    }

    private void storeMedia(UUID versionId, Iterable<FormFile> files, Instant now) {
        for (FormFile file : files) {
            String md5 = md5(file.bytes());
            jdbc.sql("INSERT INTO collect_media_content (md5, bytes) VALUES (:md5, :bytes) ON CONFLICT DO NOTHING")
                    .param("md5", md5)
                    .param("bytes", file.bytes())
                    .update();
            jdbc.sql("""
                            UPDATE collect_form_media
                               SET md5 = :md5, size = :size, content_type = :type, uploaded_at = :now
                             WHERE form_version = :v AND filename = :name
                            """)
                    .param("md5", md5)
                    .param("size", (long) file.bytes().length)
                    .param("type", contentType(file))
                    .param("now", Timestamp.from(now))
                    .param("v", versionId)
                    .param("name", file.filename())
                    .update();
        }
    }

    private static String contentType(FormFile file) {
        String given = file.contentType();
        if (given != null && !given.isBlank() && !given.equals("application/octet-stream")) {
            return given;
        }
        String name = file.filename().toLowerCase(Locale.ROOT);
        Map<String, String> known = Map.of(
                ".png",
                "image/png",
                ".jpg",
                "image/jpeg",
                ".jpeg",
                "image/jpeg",
                ".csv",
                "text/csv",
                ".mp3",
                "audio/mpeg",
                ".mp4",
                "video/mp4",
                ".geojson",
                "application/geo+json");
        return known.entrySet().stream()
                .filter(e -> name.endsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("application/octet-stream");
    }

    private Optional<UUID> formKey(String formId) {
        return jdbc.sql("SELECT id FROM collect_form WHERE form_id = :formId")
                .param("formId", formId)
                .query(UUID.class)
                .optional();
    }

    private Optional<FormDetail> detail(String formId) {
        record Head(UUID id, String title, String state, boolean limited, int version, Instant updatedAt) {}
        Optional<Head> head = jdbc.sql("""
                        SELECT id, title, state, limited, version, updated_at FROM collect_form WHERE form_id = :formId
                        """)
                .param("formId", formId)
                .query((row, n) -> new Head(
                        row.getObject("id", UUID.class),
                        row.getString("title"),
                        row.getString("state"),
                        row.getBoolean("limited"),
                        row.getInt("version"),
                        row.getTimestamp("updated_at").toInstant()))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        List<UserId> limitedTo = jdbc.sql("SELECT user_id FROM collect_form_user WHERE form = :form ORDER BY user_id")
                .param("form", h.id())
                .query((row, n) -> new UserId(row.getObject("user_id", UUID.class)))
                .list();
        List<OfficeId> offices = jdbc.sql("SELECT office FROM collect_form_office WHERE form = :form ORDER BY office")
                .param("form", h.id())
                .query((row, n) -> new OfficeId(row.getObject("office", UUID.class)))
                .list();
        List<FormVersion> versions = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, version, title, md5, source, uploaded_by, uploaded_at FROM collect_form_version
                         WHERE form = :form ORDER BY uploaded_at DESC, id
                        """)
                .param("form", h.id())
                .query((row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    return new FormVersion(
                            id,
                            row.getString("version"),
                            row.getString("title"),
                            row.getString("md5"),
                            row.getString("source"),
                            row.getString("uploaded_by"),
                            row.getTimestamp("uploaded_at").toInstant(),
                            List.of());
                })
                .list()
                .forEach(v -> versions.add(new FormVersion(
                        v.id(),
                        v.version(),
                        v.title(),
                        v.md5(),
                        v.source(),
                        v.uploadedBy(),
                        v.uploadedAt(),
                        media(v.id()))));
        return Optional.of(new FormDetail(
                formId,
                h.title(),
                state(h.state()),
                h.limited(),
                limitedTo,
                offices,
                versions,
                h.version(),
                h.updatedAt()));
    }

    private List<FormMedia> media(UUID versionId) {
        return jdbc.sql("""
                        SELECT filename, content_type, size, md5, uploaded_at FROM collect_form_media
                         WHERE form_version = :v ORDER BY filename
                        """)
                .param("v", versionId)
                .query((row, n) -> new FormMedia(
                        row.getString("filename"),
                        row.getString("content_type"),
                        row.getObject("size") == null ? null : row.getLong("size"),
                        row.getString("md5"),
                        row.getTimestamp("uploaded_at") == null
                                ? null
                                : row.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The version when its form is open and visible to the current user; {@code column} is read with it. */
    private Optional<Valued> visibleVersion(String formId, UUID versionId, String column) {
        return jdbc.sql("""
                        SELECT v.version, %s AS value
                          FROM collect_form f JOIN collect_form_version v ON v.form = f.id
                         WHERE f.form_id = :formId AND v.id = :v AND f.state = 'open'
                           AND %s
                        """.formatted(column, VISIBLE))
                .param("formId", formId)
                .param("v", versionId)
                .param("me", CurrentUser.get().id().value())
                .query((row, n) -> new Valued(row.getString("version"), row.getString("value")))
                .optional();
    }

    private FormDetail changeState(FormDetail form, FormState state) {
        if (form.state() != state) {
            UUID key = formKey(form.formId()).orElseThrow(() -> new FormNotFound(form.formId()));
            touch(key, "state = :state", Map.of("state", state.code()));
            audit.record(new AuditEvent(
                    state == FormState.OPEN ? "collect.form.opened" : "collect.form.closed",
                    AuditOutcome.SUCCESS,
                    SUBJECT,
                    form.formId(),
                    null,
                    Map.of(),
                    CurrentUser.get().username()));
        }
        return get(form.formId());
    }

    private void touch(UUID form, String set, Map<String, Object> values) {
        Map<String, Object> params = new HashMap<>(values);
        params.put("form", form);
        params.put("by", CurrentUser.get().username());
        params.put("now", Timestamp.from(clock.instant()));
        jdbc.sql("UPDATE collect_form SET " + set
                        + ", updated_by = :by, updated_at = :now, version = version + 1 WHERE id = :form")
                .params(params)
                .update();
    }

    private static FormState state(String code) {
        return FormState.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
