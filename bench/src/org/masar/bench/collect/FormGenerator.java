package org.masar.bench.collect;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A generated flow-monitoring questionnaire of 250 questions as ODK Collect would submit it: an XForm (labels in
 * English and Arabic through itext, a metadata header as pyxform writes it: start, end, deviceid, instanceID) and
 * filled instances of about 6 KB.
 *
 * <p>The questions: a flow-monitoring block a {@code dtm-flow-survey} binding maps (point, day, sex, age band,
 * nationality, origin, transit countries, destination, reasons for leaving, needs), a geopoint, an optional photo
 * ({@code binary}), a household repeat (name, age, sex of each member, two or three members), then generic questions
 * in groups of 25 cycling over text, integer, decimal, select_one, date, select_multiple, so that the form has exactly
 * {@link #QUESTIONS} questions (the repeat's three count once each).
 */
public final class FormGenerator {

    /** Questions in the form (metadata excluded). */
    public static final int QUESTIONS = 250;

    public static final String ROOT = "data";

    /** The photo's answer path below the root, and the filename the instances name. */
    public static final String PHOTO = "photo";

    static final String[] SEXES = {"f", "m"};
    static final String[] AGE_BANDS = {"under-18", "18-25", "26-40", "41-60", "over-60"};
    static final String[] COUNTRIES = {"NER", "SDN", "EGY", "TCD", "NGA", "MLI", "GHA", "BGD", "SYR", "ERI", "ETH",
        "SOM", "LBY", "ITA", "DZA", "TUN", "MAR"};
    static final String[] REASONS = {"economic", "conflict", "insecurity", "family", "education", "other"};
    static final String[] NEEDS = {"food", "health", "shelter", "nfi", "wash", "protection", "legal", "cash"};
    static final String[] YES_NO = {"yes", "no", "dont_know"};
    static final String[] OPTIONS = {"a", "b", "c", "d", "e", "f"};
    static final String[] WORDS = {"water", "road", "family", "market", "camp", "truck", "border", "school", "clinic",
        "work", "rain", "bread", "night", "desert", "city", "phone", "friend", "money", "bus", "police"};

    /** One generic question: its path (group/name) and its type. */
    record Question(String group, String name, String type) {
        String path() {
            return group + "/" + name;
        }
    }

    /** The flow-monitoring point codes a submission may name (the bench creates these sites). */
    private final List<String> points;

    private final String formId;
    private final String version;
    private final List<Question> generic = new ArrayList<>();

    public FormGenerator(String formId, String version, List<String> points) {
        this.formId = formId;
        this.version = version;
        this.points = List.copyOf(points);
        // 10 flow-monitoring questions, the geopoint, the photo, 3 in the repeat: 15; the rest generic.
        int count = QUESTIONS - 15;
        String[] types = {"text", "int", "decimal", "select_one", "date", "select_multiple"};
        for (int i = 0; i < count; i++) {
            generic.add(new Question(
                    String.format("s%02d", i / 25 + 1), String.format("q%03d", i + 1), types[i % types.length]));
        }
    }

    public String formId() {
        return formId;
    }

    /** The XForm, as a form designer uploads it. */
    public byte[] xform() {
        StringBuilder x = new StringBuilder(200_000);
        x.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                        xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"
                        xmlns:odk="http://www.opendatakit.org/xforms">
                  <h:head>
                    <h:title>Bench flow monitoring (250 questions)</h:title>
                    <model odk:xforms-version="1.0.0">
                      <itext>
                """);
        for (String lang : List.of("English (en)", "العربية (ar)")) {
            boolean ar = lang.endsWith("(ar)");
            x.append("        <translation lang=\"").append(lang).append('"')
                    .append(ar ? "" : " default=\"true()\"").append(">\n");
            for (String[] q : flowQuestions()) {
                text(x, "/" + ROOT + "/" + q[0], ar ? "سؤال " + q[0] : q[1]);
            }
            text(x, "/" + ROOT + "/location", ar ? "الموقع" : "Location");
            text(x, "/" + ROOT + "/" + PHOTO, ar ? "صورة" : "Photo");
            text(x, "/" + ROOT + "/household/member", ar ? "فرد من الأسرة" : "Household member");
            text(x, "/" + ROOT + "/household/member/name", ar ? "الاسم" : "Name");
            text(x, "/" + ROOT + "/household/member/age", ar ? "العمر" : "Age");
            text(x, "/" + ROOT + "/household/member/msex", ar ? "الجنس" : "Sex");
            for (Question q : generic) {
                text(x, "/" + ROOT + "/" + q.path(), (ar ? "سؤال رقم " : "Question ") + q.name() + " (" + q.type() + ")");
            }
            x.append("        </translation>\n");
        }
        x.append("      </itext>\n      <instance>\n");
        x.append("        <").append(ROOT).append(" id=\"").append(formId).append("\" version=\"").append(version)
                .append("\">\n");
        x.append("          <start/>\n          <end/>\n          <deviceid/>\n");
        x.append("          <fm>\n");
        for (String[] q : flowQuestions()) {
            x.append("            <").append(q[0].substring(3)).append("/>\n");
        }
        x.append("          </fm>\n");
        x.append("          <location/>\n          <").append(PHOTO).append("/>\n");
        x.append("          <household>\n            <member jr:template=\"\">\n              <name/>\n"
                + "              <age/>\n              <msex/>\n            </member>\n          </household>\n");
        String group = null;
        for (Question q : generic) {
            if (!q.group().equals(group)) {
                if (group != null) {
                    x.append("          </").append(group).append(">\n");
                }
                group = q.group();
                x.append("          <").append(group).append(">\n");
            }
            x.append("            <").append(q.name()).append("/>\n");
        }
        x.append("          </").append(group).append(">\n");
        x.append("          <meta>\n            <instanceID/>\n          </meta>\n");
        x.append("        </").append(ROOT).append(">\n      </instance>\n");
        // binds
        String r = "/" + ROOT + "/";
        x.append("      <bind nodeset=\"").append(r).append("start\" type=\"dateTime\" jr:preload=\"timestamp\""
                + " jr:preloadParams=\"start\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append("end\" type=\"dateTime\" jr:preload=\"timestamp\""
                + " jr:preloadParams=\"end\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append("deviceid\" type=\"string\" jr:preload=\"property\""
                + " jr:preloadParams=\"deviceid\"/>\n");
        for (String[] q : flowQuestions()) {
            x.append("      <bind nodeset=\"").append(r).append(q[0]).append("\" type=\"").append(q[2])
                    .append("\" required=\"true()\"/>\n");
        }
        x.append("      <bind nodeset=\"").append(r).append("location\" type=\"geopoint\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append(PHOTO).append("\" type=\"binary\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append("household/member/name\" type=\"string\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append("household/member/age\" type=\"int\"/>\n");
        x.append("      <bind nodeset=\"").append(r).append("household/member/msex\" type=\"select1\"/>\n");
        for (Question q : generic) {
            x.append("      <bind nodeset=\"").append(r).append(q.path()).append("\" type=\"")
                    .append(bindType(q.type())).append("\"/>\n");
        }
        x.append("      <bind nodeset=\"").append(r).append("meta/instanceID\" type=\"string\" readonly=\"true()\""
                + " jr:preload=\"uid\"/>\n");
        x.append("    </model>\n  </h:head>\n  <h:body>\n");
        x.append("    <group ref=\"").append(r).append("fm\">\n");
        for (String[] q : flowQuestions()) {
            switch (q[0].substring(3)) {
                case "point" -> select(x, "select1", r + q[0], points.toArray(String[]::new));
                case "sex" -> select(x, "select1", r + q[0], SEXES);
                case "age_band" -> select(x, "select1", r + q[0], AGE_BANDS);
                case "nationality", "origin_country", "intended_destination" ->
                    select(x, "select1", r + q[0], COUNTRIES);
                case "transit_countries" -> select(x, "select", r + q[0], COUNTRIES);
                case "reasons" -> select(x, "select", r + q[0], REASONS);
                case "needs" -> select(x, "select", r + q[0], NEEDS);
                default -> input(x, r + q[0]);
            }
        }
        x.append("    </group>\n");
        input(x, r + "location");
        x.append("    <upload ref=\"").append(r).append(PHOTO).append("\" mediatype=\"image/*\"><label ref=\"jr:itext('")
                .append(r).append(PHOTO).append(":label')\"/></upload>\n");
        x.append("    <group ref=\"").append(r).append("household/member\"><label ref=\"jr:itext('").append(r)
                .append("household/member:label')\"/>\n      <repeat nodeset=\"").append(r)
                .append("household/member\">\n");
        input(x, r + "household/member/name");
        input(x, r + "household/member/age");
        select(x, "select1", r + "household/member/msex", SEXES);
        x.append("      </repeat>\n    </group>\n");
        group = null;
        for (Question q : generic) {
            if (!q.group().equals(group)) {
                if (group != null) {
                    x.append("    </group>\n");
                }
                group = q.group();
                x.append("    <group ref=\"").append(r).append(group).append("\">\n");
            }
            switch (q.type()) {
                case "select_one" -> select(x, "select1", r + q.path(), YES_NO);
                case "select_multiple" -> select(x, "select", r + q.path(), OPTIONS);
                default -> input(x, r + q.path());
            }
        }
        x.append("    </group>\n  </h:body>\n</h:html>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The flow-monitoring block: path, English label, bind type. */
    static List<String[]> flowQuestions() {
        return List.of(
                new String[] {"fm/point", "Flow-monitoring point", "select1"},
                new String[] {"fm/surveyed_on", "Day of the survey", "date"},
                new String[] {"fm/sex", "Sex", "select1"},
                new String[] {"fm/age_band", "Age band", "select1"},
                new String[] {"fm/nationality", "Nationality", "select1"},
                new String[] {"fm/origin_country", "Country of origin", "select1"},
                new String[] {"fm/transit_countries", "Countries crossed", "select"},
                new String[] {"fm/intended_destination", "Intended destination", "select1"},
                new String[] {"fm/reasons", "Reasons for leaving", "select"},
                new String[] {"fm/needs", "Most pressing needs", "select"});
    }

    static String bindType(String type) {
        return switch (type) {
            case "text" -> "string";
            case "select_one" -> "select1";
            case "select_multiple" -> "select";
            default -> type;
        };
    }

    static void text(StringBuilder x, String path, String label) {
        x.append("          <text id=\"").append(path).append(":label\"><value>").append(label)
                .append("</value></text>\n");
    }

    static void input(StringBuilder x, String ref) {
        x.append("      <input ref=\"").append(ref).append("\"><label ref=\"jr:itext('").append(ref)
                .append(":label')\"/></input>\n");
    }

    static void select(StringBuilder x, String element, String ref, String[] values) {
        x.append("      <").append(element).append(" ref=\"").append(ref).append("\"><label ref=\"jr:itext('")
                .append(ref).append(":label')\"/>\n");
        for (String value : values) {
            x.append("        <item><label>").append(value).append("</label><value>").append(value)
                    .append("</value></item>\n");
        }
        x.append("      </").append(element).append(">\n");
    }

    /**
     * A filled instance as ODK Collect serialises it.
     *
     * @param seed makes the answers (the same seed, the same answers)
     * @param photo the photo's filename, or null for none
     * @param today the day the survey was taken (the day a flow survey is recorded for)
     */
    public String instance(long seed, String instanceId, String deviceId, String photo, LocalDate today) {
        Random random = new Random(seed);
        StringBuilder x = new StringBuilder(7_000);
        x.append("<?xml version='1.0' ?><").append(ROOT).append(" id=\"").append(formId).append("\" version=\"")
                .append(version).append("\" xmlns:jr=\"http://openrosa.org/javarosa\""
                        + " xmlns:orx=\"http://openrosa.org/xforms\" xmlns:odk=\"http://www.opendatakit.org/xforms\">");
        String started = today + "T" + String.format("%02d:%02d:%02d.%03d", 8 + random.nextInt(8), random.nextInt(60),
                random.nextInt(60), random.nextInt(1000));
        x.append("<start>").append(started).append("+02:00</start>");
        x.append("<end>").append(started.substring(0, 11)).append(String.format("%02d:%02d:%02d.%03d",
                16 + random.nextInt(4), random.nextInt(60), random.nextInt(60), random.nextInt(1000)))
                .append("+02:00</end>");
        x.append("<deviceid>").append(deviceId).append("</deviceid>");
        x.append("<fm>");
        x.append("<point>").append(points.get(random.nextInt(points.size()))).append("</point>");
        x.append("<surveyed_on>").append(today).append("</surveyed_on>");
        x.append("<sex>").append(pick(random, SEXES)).append("</sex>");
        x.append("<age_band>").append(pick(random, AGE_BANDS)).append("</age_band>");
        String nationality = pick(random, COUNTRIES);
        x.append("<nationality>").append(nationality).append("</nationality>");
        x.append("<origin_country>").append(nationality).append("</origin_country>");
        x.append("<transit_countries>").append(several(random, COUNTRIES, 2)).append("</transit_countries>");
        x.append("<intended_destination>").append(random.nextBoolean() ? "ITA" : "LBY")
                .append("</intended_destination>");
        x.append("<reasons>").append(several(random, REASONS, 2)).append("</reasons>");
        x.append("<needs>").append(several(random, NEEDS, 3)).append("</needs>");
        x.append("</fm>");
        x.append("<location>").append(String.format("%.6f %.6f %.1f %.1f", 24 + random.nextDouble() * 8,
                10 + random.nextDouble() * 15, random.nextDouble() * 500, 3 + random.nextDouble() * 20))
                .append("</location>");
        if (photo == null) {
            x.append('<').append(PHOTO).append("/>");
        } else {
            x.append('<').append(PHOTO).append('>').append(photo).append("</").append(PHOTO).append('>');
        }
        x.append("<household>");
        int members = 2 + random.nextInt(2);
        for (int m = 0; m < members; m++) {
            x.append("<member><name>").append(pick(random, WORDS)).append(' ').append(pick(random, WORDS))
                    .append("</name><age>").append(random.nextInt(80)).append("</age><msex>")
                    .append(pick(random, SEXES)).append("</msex></member>");
        }
        x.append("</household>");
        String group = null;
        for (Question q : generic) {
            if (!q.group().equals(group)) {
                if (group != null) {
                    x.append("</").append(group).append('>');
                }
                group = q.group();
                x.append('<').append(group).append('>');
            }
            x.append('<').append(q.name()).append('>');
            switch (q.type()) {
                case "text" -> {
                    int words = 2 + random.nextInt(3);
                    for (int w = 0; w < words; w++) {
                        x.append(w == 0 ? "" : " ").append(pick(random, WORDS));
                    }
                }
                case "int" -> x.append(random.nextInt(1000));
                case "decimal" -> x.append(String.format("%.2f", random.nextDouble() * 1000));
                case "select_one" -> x.append(pick(random, YES_NO));
                case "date" -> x.append(today.minusDays(random.nextInt(3650)));
                case "select_multiple" -> x.append(several(random, OPTIONS, 3));
                default -> throw new IllegalStateException(q.type());
            }
            x.append("</").append(q.name()).append('>');
        }
        x.append("</").append(group).append('>');
        x.append("<meta><instanceID>").append(instanceId).append("</instanceID></meta>");
        x.append("</").append(ROOT).append('>');
        return x.toString();
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String several(Random random, String[] values, int most) {
        int n = 1 + random.nextInt(most);
        StringBuilder s = new StringBuilder();
        int start = random.nextInt(values.length);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(values[(start + i) % values.length]);
        }
        return s.toString();
    }

    /** A fresh instance id as ODK Collect makes it. */
    public static String instanceId() {
        return "uuid:" + UUID.randomUUID();
    }
}
