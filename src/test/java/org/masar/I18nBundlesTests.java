package org.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masar.access.OrganisationKind;
import org.masar.access.Programme;
import org.masar.audit.AuditOutcome;
import org.masar.geo.AdminLevel;
import org.masar.geo.SiteType;

/**
 * Every user-facing string is in both languages: the Arabic and English bundles of each module hold the same keys with
 * the same placeholders, every problem has a title, and templates hold no literal text.
 */
class I18nBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void arabicAndEnglishBundlesHoldTheSameKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            Properties en = load(BUNDLES.resolve(module + "_en.properties"));
            Properties ar = load(BUNDLES.resolve(module + "_ar.properties"));
            for (String key : en.stringPropertyNames()) {
                if (!ar.containsKey(key)) {
                    problems.add(module + "_ar lacks " + key);
                } else if (!placeholders(en.getProperty(key)).equals(placeholders(ar.getProperty(key)))) {
                    problems.add(key + " has different placeholders in ar and en");
                }
                if (en.getProperty(key).isBlank()) {
                    problems.add(module + "_en has an empty " + key);
                }
            }
            for (String key : ar.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(module + "_en lacks " + key);
                }
                if (ar.getProperty(key).isBlank()) {
                    problems.add(module + "_ar has an empty " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProblemDetailHasATitle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : modules()) {
            Properties en = load(BUNDLES.resolve(module + "_en.properties"));
            for (String key : en.stringPropertyNames()) {
                if (key.startsWith("problem.") && key.endsWith(".detail")) {
                    String title = key.substring(0, key.length() - ".detail".length()) + ".title";
                    if (!en.containsKey(title)) {
                        missing.add(title);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyProblemCodeRaisedInTheCodeHasATitle() throws IOException {
        Set<String> titles = new TreeSet<>();
        for (String module : modules()) {
            load(BUNDLES.resolve(module + "_en.properties")).stringPropertyNames().stream()
                    .filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
                    .forEach(key -> titles.add(key.substring("problem.".length(), key.length() - ".title".length())));
        }
        // Codes are passed to a ProblemException subclass's super(...) or constructor as a string literal.
        Pattern raised = Pattern.compile("(?:super|Exception|Problem)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = raised.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!titles.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        Pattern comment = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        Pattern scriptOrStyle = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>", Pattern.DOTALL);
        // An opening tag and the text that follows it, or a closing tag and the text that follows it.
        Pattern textAfterTag = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
        List<String> literal = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = scriptOrStyle
                        .matcher(comment.matcher(Files.readString(template)).replaceAll(""))
                        .replaceAll("");
                Matcher matcher = textAfterTag.matcher(html);
                while (matcher.find()) {
                    String text = matcher.group(4).strip();
                    boolean closing = !matcher.group(1).isEmpty();
                    String attributes = matcher.group(3);
                    boolean replaced = !closing && (attributes.contains("th:text") || attributes.contains("th:utext"));
                    if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !replaced) {
                        literal.add(TEMPLATES.relativize(template) + ": " + text);
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    /**
     * The values each key built in a template from a prefix and an enum stands for ({@code #{${'geo.site.type.' +
     * t.name()}}}): every one must be in the bundles. A new prefix in a template must be added here, so that no
     * dynamic key goes unchecked by accident.
     */
    private static final Map<String, List<String>> ENUMERATED_PREFIXES = Map.of(
            "access.organisation.kind.", names(OrganisationKind.values()),
            "access.programme.", names(Programme.values()),
            "audit.outcome.", names(AuditOutcome.values()),
            "geo.level.", names(AdminLevel.values()),
            "geo.levels.", names(AdminLevel.values()),
            "geo.site.type.", names(SiteType.values()),
            "layout.language.", List.of("en", "ar"));

    /**
     * Keys a template takes whole from its model: a problem's code (checked by
     * {@link #everyProblemCodeRaisedInTheCodeHasATitle}), a menu entry's, a dashboard figure's or a record action's label (named by the
     * module declaring it, in Java), and flash messages set by controllers.
     */
    private static final Pattern FROM_THE_MODEL = Pattern.compile(
            "\\$\\{'problem\\.' \\+ problemCode \\+ '\\.title'}|\\$\\{(entry|figure|action)\\.labelKey}|\\$\\{(flash|tokenProblem)}");

    @Test
    void everyKeyATemplateUsesIsInBothLanguages() throws IOException {
        Properties en = new Properties();
        Properties ar = new Properties();
        for (String module : modules()) {
            en.putAll(load(BUNDLES.resolve(module + "_en.properties")));
            ar.putAll(load(BUNDLES.resolve(module + "_ar.properties")));
        }
        // #{key} and #{key(arguments)} name their key; #{${…}} builds it, from a known prefix or from the model.
        Pattern literal = Pattern.compile("#\\{([A-Za-z0-9][A-Za-z0-9._-]*)[(}]");
        Pattern prefixed = Pattern.compile("\\$\\{'([a-z0-9._-]+\\.)' \\+ [^}]+}");
        Pattern dynamic = Pattern.compile("#\\{(\\$\\{[^}]*})");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                String name = TEMPLATES.relativize(template).toString();
                Set<String> keys = new TreeSet<>();
                literal.matcher(html).results().forEach(match -> keys.add(match.group(1)));
                for (var match : dynamic.matcher(html).results().toList()) {
                    String expression = match.group(1);
                    Matcher prefix = prefixed.matcher(expression);
                    if (FROM_THE_MODEL.matcher(expression).matches()) {
                        continue;
                    }
                    List<String> values = prefix.matches() ? ENUMERATED_PREFIXES.get(prefix.group(1)) : null;
                    if (values == null) {
                        missing.add(name + ": unchecked dynamic key " + match.group());
                    } else {
                        values.forEach(value -> keys.add(prefix.group(1) + value));
                    }
                }
                for (String key : keys) {
                    if (!en.containsKey(key)) {
                        missing.add(name + ": " + key + " is not in the English bundles");
                    }
                    if (!ar.containsKey(key)) {
                        missing.add(name + ": " + key + " is not in the Arabic bundles");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> modules = new TreeSet<>();
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith("_en.properties") || name.endsWith("_ar.properties"))
                    .forEach(name -> modules.add(name.substring(0, name.length() - "_xx.properties".length())));
            return modules;
        }
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
