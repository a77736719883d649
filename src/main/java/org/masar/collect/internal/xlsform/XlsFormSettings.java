package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.ORX;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SETTINGS;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.cells;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.no;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;
import org.w3c.dom.Element;

/**
 * The settings sheet: form id, version, title, instance name, the root element's name, the default language, and the
 * submission settings (public key, submission URL, auto send and delete), checked when read; and the model's
 * {@code <submission>} element they make.
 */
final class XlsFormSettings {

    private final Map<String, String> settings = new LinkedHashMap<>();
    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final Node root;

    XlsFormSettings(XlsFormErrors errors, XlsFormDom dom, Node root) {
        this.errors = errors;
        this.dom = dom;
        this.root = root;
    }

    @Nullable
    String get(String key) {
        return settings.get(key);
    }

    String getOrDefault(String key, String otherwise) {
        return settings.getOrDefault(key, otherwise);
    }

    boolean containsKey(String key) {
        return settings.containsKey(key);
    }

    /** The language of the plain (untranslated) columns: {@code default_language}, or "default". */
    String defaultLanguage() {
        return settings.getOrDefault("default_language", "default");
    }

    void readSettings(@Nullable SheetData sheet) {
        if (sheet == null || sheet.rows().isEmpty()) {
            return;
        }
        SheetRow row = sheet.rows().getFirst();
        cells(row).forEach((key, value) -> settings.put(key, value));
        String name = settings.get("name");
        if (name != null) {
            if (NAME.matcher(name).matches()) {
                root.name = name;
            } else {
                errors.error(SETTINGS, row.number(), "The name '" + name + "' is not a valid XML name.");
            }
        }
        String formId = settings.get("form_id");
        if (formId != null && formId.chars().anyMatch(Character::isWhitespace)) {
            errors.error(SETTINGS, row.number(), "The form_id '" + formId + "' must not contain spaces.");
        }
        String version = settings.get("version");
        if (version != null && version.chars().anyMatch(Character::isWhitespace)) {
            errors.error(SETTINGS, row.number(), "The version '" + version + "' must not contain spaces.");
        }
        String key = settings.get("public_key");
        if (key != null) {
            try {
                KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new X509EncodedKeySpec(Base64.getDecoder().decode(key.replaceAll("\\s", ""))));
            } catch (Exception e) {
                errors.error(SETTINGS, row.number(), "The public_key is not a base64-encoded RSA public key.");
            }
        }
        for (String flag : List.of("allow_choice_duplicates", "auto_send", "auto_delete", "clean_text_values")) {
            String value = settings.get(flag);
            if (value != null && !yes(value) && !no(value)) {
                errors.error(
                        SETTINGS, row.number(), "The " + flag + " setting must be 'yes' or 'no', not '" + value + "'.");
            }
        }
    }

    @Nullable
    Element submission() {
        String key = settings.get("public_key");
        String url = settings.get("submission_url");
        String autoSend = settings.get("auto_send");
        String autoDelete = settings.get("auto_delete");
        if (key == null && url == null && autoSend == null && autoDelete == null) {
            return null;
        }
        Element submission = dom.xf("submission");
        if (url != null) {
            submission.setAttribute("action", url);
        }
        if (key != null) {
            submission.setAttribute("base64RsaPublicKey", key.replaceAll("\\s", ""));
        }
        if (autoDelete != null) {
            submission.setAttributeNS(ORX, "orx:auto-delete", yes(autoDelete) ? "true" : "false");
        }
        if (autoSend != null) {
            submission.setAttributeNS(ORX, "orx:auto-send", yes(autoSend) ? "true" : "false");
        }
        submission.setAttribute("method", "post");
        if (key != null || url != null) {
            submission.setAttribute("method", "form-data-post");
        }
        return submission;
    }
}
