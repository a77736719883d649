package org.masar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action recorded anywhere in the code has a label in both languages, so the viewer never shows a bare code for
 * the application's own actions. The codes are found in the sources, as a reviewer would find them.
 */
class AuditActionLabelsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final String CODE = "[a-z]+(?:\\.[a-z0-9-]+)+";

    /** The first argument of AuditEvent.of(…) or new AuditEvent(…), up to its comma or closing parenthesis. */
    private static final Pattern FIRST_ARGUMENT =
            Pattern.compile("(?:AuditEvent\\.of|new AuditEvent)\\(\\s*([^,;()]*?)\\s*[,)]", Pattern.DOTALL);

    private static final Pattern LITERAL = Pattern.compile("\"(" + CODE + ")\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    /** A code handed as the last argument of a helper that records it (change(id, "…", "access.user.disabled")). */
    private static final Pattern LAST_ARGUMENT_CODE = Pattern.compile(",\\s*\"(" + CODE + ")\"\\s*\\)");

    @Test
    void everyRecordedActionHasALabelInBothLanguages() throws IOException {
        Set<String> codes = recordedActions();
        assertThat(codes).contains("access.password.changed", "geo.site.deactivated", "access.restricted-read");
        Properties en = load("audit_en.properties");
        Properties ar = load("audit_ar.properties");
        Set<String> unlabelled = new TreeSet<>();
        for (String code : codes) {
            if (!en.containsKey("audit.action." + code)) {
                unlabelled.add("en: " + code);
            }
            if (!ar.containsKey("audit.action." + code)) {
                unlabelled.add("ar: " + code);
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    private static Set<String> recordedActions() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = FIRST_ARGUMENT.matcher(source);
                while (call.find()) {
                    String argument = call.group(1);
                    Matcher literal = LITERAL.matcher(argument);
                    boolean found = false;
                    while (literal.find()) { // a literal, or both sides of a ?: choice
                        codes.add(literal.group(1));
                        found = true;
                    }
                    if (!found && IDENTIFIER.matcher(argument).matches()) {
                        codes.addAll(resolve(argument, source));
                    }
                }
            }
        }
        return codes;
    }

    /** A constant's value, or, for a parameter, the codes the file's callers hand to the recording helper. */
    private static Set<String> resolve(String identifier, String source) {
        Set<String> codes = new TreeSet<>();
        Matcher constant = Pattern.compile("\\b" + identifier + "\\s*=\\s*\"(" + CODE + ")\"")
                .matcher(source);
        if (constant.find()) {
            codes.add(constant.group(1));
            return codes;
        }
        Matcher passed = LAST_ARGUMENT_CODE.matcher(source);
        while (passed.find()) {
            codes.add(passed.group(1));
        }
        return codes;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
