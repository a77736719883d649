package org.masar.bench.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.masar.bench.people.Pools.Name;
import org.masar.bench.people.Pools.Nationality;
import org.masar.people.internal.matching.DocumentInput;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;

/**
 * Realistic synthetic people, deterministic from a seed: families (fathers, mothers, siblings, twins) sharing names and
 * phones the way families do, from the name pools of {@link Pools}, and, for a share of persons, a second record of the
 * same person made by one of the variations the engine must see through ({@link Variation}). Records come out in
 * order; a duplicate follows its original after some distance, as a second registration would.
 */
final class Generator {

    /** One generated record and the truth about it. */
    record Record(
            int id,
            int identity,
            MatchInput input,
            String populationGroup,
            String baladiya,
            int duplicateOf,
            Variation variation,
            boolean crossScript) {}

    /** How a duplicate differs from its original. */
    enum Variation {
        NONE,
        LATIN_SPELLING,
        OTHER_SCRIPT,
        ARABIC_ORTHOGRAPHY,
        MISSING_PARTS,
        SHIFTED_PARTS,
        SWAPPED_ORDER,
        PARTICLES,
        NICKNAME_ABBREVIATION,
        TYPO,
        AGE_ESTIMATE,
        DOB_DAY_MONTH,
        DOB_YEAR_OFF,
        DOB_PLACEHOLDER,
        PHONE_FORMAT,
        DOCUMENT_FORMAT
    }

    /** A person as the generator knows them: names as pool entries, facts, and how their records are usually written. */
    record Identity(
            int id,
            Nationality nat,
            char sex,
            Name given,
            Name father,
            Name grandfather,
            Name family,
            LocalDate dob,
            String phone,
            DocumentInput document,
            int script, // 0 Arabic only, 1 both, 2 Latin only
            int spelling,
            boolean fatherGiven,
            boolean grandfatherGiven,
            boolean familyGiven,
            boolean dobKnown,
            boolean placeholder,
            String populationGroup,
            String baladiya) {}

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Variation[] VARIATIONS = {
        Variation.LATIN_SPELLING, Variation.OTHER_SCRIPT, Variation.OTHER_SCRIPT, Variation.ARABIC_ORTHOGRAPHY,
        Variation.MISSING_PARTS, Variation.SHIFTED_PARTS, Variation.SWAPPED_ORDER, Variation.PARTICLES,
        Variation.NICKNAME_ABBREVIATION, Variation.TYPO, Variation.TYPO, Variation.AGE_ESTIMATE,
        Variation.DOB_DAY_MONTH, Variation.DOB_YEAR_OFF, Variation.DOB_PLACEHOLDER, Variation.PHONE_FORMAT,
        Variation.DOCUMENT_FORMAT
    };

    private final SplittableRandom rnd;
    private final double duplicateShare;
    private int nextRecord;
    private int nextIdentity;
    private final long seed;

    /**
     * The share of records registered with no baladiya (at a disembarkation point, by phone), from a draw of its own so
     * that the records are otherwise the same: {@code -Dpeople.unknown-baladiya=0.3}; none by default.
     */
    private static final double UNKNOWN_BALADIYA =
            Double.parseDouble(System.getProperty("people.unknown-baladiya", "0"));

    private final SplittableRandom placeKnown;
    private final List<Identity> pendingDuplicates = new ArrayList<>();
    private final List<Integer> pendingOriginals = new ArrayList<>();

    Generator(long seed, double duplicateShare) {
        this.seed = seed;
        this.placeKnown = new SplittableRandom(seed ^ 0x5EED_BA1AL);
        this.rnd = new SplittableRandom(seed);
        this.duplicateShare = duplicateShare;
    }

    /** Generates n records, handing each to the sink in order. */
    void generate(int n, Consumer<Record> sink) {
        while (nextRecord < n) {
            for (Identity person : family()) {
                if (nextRecord >= n) {
                    break;
                }
                int id = nextRecord++;
                sink.accept(original(id, person));
                if (rnd.nextDouble() < duplicateShare) {
                    pendingDuplicates.add(person);
                    pendingOriginals.add(id);
                }
            }
            // a duplicate is registered some time later: release pending ones at random
            while (!pendingDuplicates.isEmpty() && nextRecord < n && rnd.nextDouble() < 0.6) {
                int i = rnd.nextInt(pendingDuplicates.size());
                Identity person = pendingDuplicates.remove(i);
                int original = pendingOriginals.remove(i);
                sink.accept(duplicate(nextRecord++, original, person));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ families

    private Nationality nationality() {
        double u = rnd.nextDouble();
        for (Nationality n : Pools.ALL) {
            u -= n.share();
            if (u < 0) {
                return n;
            }
        }
        return Pools.ALL.get(0);
    }

    /** Skewed draw: the first names of a pool are much more frequent (roughly Zipf). */
    private Name pick(List<Name> pool) {
        double u = rnd.nextDouble();
        int i = (int) (pool.size() * Math.pow(u, 1.8));
        return pool.get(Math.min(i, pool.size() - 1));
    }

    /**
     * The long tail: real populations use hundreds of names, where a pool lists the few dozen most frequent. A share of
     * names comes, evenly, from the union of all pools of the same naming tradition (Arabic-speaking, West African,
     * other).
     */
    private static final List<Name> TAIL_MALE_ARABIC = new ArrayList<>();
    private static final List<Name> TAIL_FEMALE_ARABIC = new ArrayList<>();
    private static final List<Name> TAIL_MALE_OTHER = new ArrayList<>();
    private static final List<Name> TAIL_FEMALE_OTHER = new ArrayList<>();

    static {
        TAIL_MALE_ARABIC.addAll(Pools.names(Pools.ARAB_MALE));
        TAIL_FEMALE_ARABIC.addAll(Pools.names(Pools.ARAB_FEMALE));
        for (Nationality n : Pools.ALL) {
            boolean arabic = n.arabicOnly() > 0.2;
            (arabic ? TAIL_MALE_ARABIC : TAIL_MALE_OTHER).addAll(n.male());
            (arabic ? TAIL_FEMALE_ARABIC : TAIL_FEMALE_OTHER).addAll(n.female());
        }
    }

    private static final double TAIL = 0.3;

    private Name male(Nationality nat) {
        if (rnd.nextDouble() < TAIL) {
            List<Name> tail = nat.arabicOnly() > 0.2 ? TAIL_MALE_ARABIC : TAIL_MALE_OTHER;
            return tail.get(rnd.nextInt(tail.size()));
        }
        return pick(nat.male());
    }

    private Name female(Nationality nat) {
        if (rnd.nextDouble() < TAIL) {
            List<Name> tail = nat.arabicOnly() > 0.2 ? TAIL_FEMALE_ARABIC : TAIL_FEMALE_OTHER;
            return tail.get(rnd.nextInt(tail.size()));
        }
        return pick(nat.female());
    }

    private Name familyName(Nationality nat) {
        if (nat.code().equals("LBY") && rnd.nextDouble() < 0.6) {
            // the long tail of Libyan family names
            int a = rnd.nextInt(Pools.ROOT_AR.length);
            int b = rnd.nextInt(Pools.MID_AR.length);
            int c = rnd.nextInt(Pools.ROOT_AR.length);
            String ar = "ال" + Pools.ROOT_AR[a] + Pools.MID_AR[b] + Pools.ROOT_AR[c] + "ي";
            String core = Pools.ROOT_LAT[a] + Pools.MID_LAT[b] + Pools.ROOT_LAT[c] + "i";
            String cap = Character.toUpperCase(core.charAt(0)) + core.substring(1);
            return new Name(ar, new String[] {cap, "Al-" + cap, "El" + core});
        }
        return pick(nat.family());
    }

    private List<Identity> family() {
        Nationality nat = nationality();
        boolean arabic = nat.arabicOnly() > 0.2;
        Name familyName = nat.familyIsAncestor() ? male(nat) : familyName(nat);
        Name grandfather = male(nat);
        Name greatGrandfather = male(nat);
        Name father = male(nat);
        // a son is seldom named after his own father: draw again once (the grandfather's name is common)
        if (father.ar().equals(grandfather.ar())) {
            father = male(nat);
        }
        if (nat.familyIsAncestor() && familyName.ar().equals(grandfather.ar())) {
            familyName = male(nat);
        }
        String phone = phone(nat);
        int fatherAge = 28 + rnd.nextInt(35);
        List<Identity> out = new ArrayList<>();
        String group = group(nat);
        String baladiya = baladiya();
        if (rnd.nextDouble() < 0.45) {
            out.add(identity(nat, 'M', father, grandfather, greatGrandfather, familyName, fatherAge, phone, group,
                    baladiya));
        }
        if (rnd.nextDouble() < 0.35) {
            Name motherFamily = nat.familyIsAncestor() ? male(nat) : familyName(nat);
            out.add(identity(nat, 'F', female(nat), male(nat), male(nat), motherFamily,
                    fatherAge - rnd.nextInt(10), rnd.nextDouble() < 0.5 ? phone : phone(nat), group, baladiya));
        }
        int children = rnd.nextDouble() < 0.3 ? 0 : 1 + rnd.nextInt(arabic ? 5 : 3);
        if (out.isEmpty() && children == 0) {
            children = 1;
        }
        List<Name> used = new ArrayList<>();
        List<Integer> ages = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            int age = Math.max(0, fatherAge - 20 - rnd.nextInt(Math.max(1, Math.min(25, fatherAge - 19))));
            while (ages.contains(age) || ages.contains(age - 1) || ages.contains(age + 1)) {
                age++; // siblings (twins apart) are born at least a year and a half apart
            }
            ages.add(age);
            char sex = rnd.nextBoolean() ? 'M' : 'F';
            Name given = distinct(nat, sex, used, father);
            String childPhone = age < 16 || rnd.nextDouble() < 0.5 ? phone : phone(nat);
            Identity child = identity(nat, sex, given, father, grandfather, familyName, age, childPhone, group, baladiya);
            out.add(child);
            if (rnd.nextDouble() < 0.04) {
                // twins: same birth date, same family, another given name
                char sex2 = rnd.nextBoolean() ? 'M' : 'F';
                Name given2 = distinct(nat, sex2, used, father);
                Identity twin = identity(nat, sex2, given2, father, grandfather, familyName, age, childPhone, group,
                        baladiya);
                out.add(new Identity(twin.id(), nat, sex2, given2, father, grandfather, familyName, child.dob(),
                        childPhone, twin.document(), twin.script(), twin.spelling(), twin.fatherGiven(),
                        twin.grandfatherGiven(), twin.familyGiven(), child.dobKnown(), child.placeholder(), group,
                        baladiya));
            }
        }
        return out;
    }

    private Name distinct(Nationality nat, char sex, List<Name> used, Name father) {
        List<Name> pool = sex == 'M' ? nat.male() : nat.female();
        for (int tries = 0; tries < 20; tries++) {
            Name n = sex == 'M' ? male(nat) : female(nat);
            if (used.stream().noneMatch(u -> u.ar().equals(n.ar())) && !n.ar().equals(father.ar())) {
                used.add(n);
                return n;
            }
        }
        Name n = pool.get(rnd.nextInt(pool.size()));
        used.add(n);
        return n;
    }

    private Identity identity(
            Nationality nat,
            char sex,
            Name given,
            Name father,
            Name grandfather,
            Name family,
            int age,
            String phone,
            String group,
            String baladiya) {
        LocalDate dob = TODAY.minusYears(age).minusDays(rnd.nextInt(365));
        boolean placeholder = rnd.nextDouble() < 0.12;
        if (placeholder) {
            dob = LocalDate.of(dob.getYear(), 1, 1);
        }
        double u = rnd.nextDouble();
        int script = u < nat.arabicOnly() ? 0 : u < nat.arabicOnly() + nat.both() ? 1 : 2;
        boolean threeParts = nat.parts() >= 3;
        boolean fatherGiven = nat.parts() >= 3 || rnd.nextDouble() < 0.35;
        boolean grandfatherGiven = nat.parts() >= 4 ? rnd.nextDouble() < 0.85 : threeParts && rnd.nextDouble() < 0.7;
        boolean familyGiven = nat.parts() != 3 || !grandfatherGiven || rnd.nextDouble() < 0.3;
        boolean dobKnown = rnd.nextDouble() < (nat.code().equals("LBY") ? 0.92 : 0.6);
        DocumentInput doc = document(nat, sex, dob);
        return new Identity(nextIdentity++, nat, sex, given, father, grandfather, family, dob, phone, doc, script,
                rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(4), fatherGiven, grandfatherGiven, familyGiven, dobKnown,
                placeholder, group, baladiya);
    }

    private String phone(Nationality nat) {
        if (rnd.nextDouble() < 0.25) {
            return "";
        }
        // most people in Libya use a Libyan line (091/092/094/095)
        if (nat.code().equals("LBY") || rnd.nextDouble() < 0.7) {
            return "2189" + (1 + rnd.nextInt(5)) + digits(7);
        }
        return nat.phonePrefix() + digits(12 - nat.phonePrefix().length());
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    private DocumentInput document(Nationality nat, char sex, LocalDate dob) {
        if (nat.code().equals("LBY")) {
            if (rnd.nextDouble() < 0.55) {
                return new DocumentInput(
                        "national_id", (sex == 'M' ? "1" : "2") + dob.getYear() + digits(7), "LBY");
            }
            return null;
        }
        double u = rnd.nextDouble();
        if (u < 0.3) {
            return new DocumentInput("passport", nat.passportLetters() + digits(7), nat.code());
        }
        if (u < 0.4) {
            return new DocumentInput("asylum_or_refugee_card", "LBY-" + digits(2) + "C" + digits(5), "LBY");
        }
        return null;
    }

    private String group(Nationality nat) {
        if (!nat.code().equals("LBY")) {
            return "migrant";
        }
        double u = rnd.nextDouble();
        return u < 0.7 ? "host" : u < 0.9 ? "idp" : "returnee";
    }

    /** The gazetteer's baladiya P-codes (the application's own copy of OCHA's list), never invented ones. */
    private static final java.util.List<String> BALADIYA = readBaladiya();

    private static java.util.List<String> readBaladiya() {
        try (var in = Generator.class.getResourceAsStream("/geo/libya-admin.csv")) {
            if (in == null) {
                throw new IllegalStateException("geo/libya-admin.csv is not on the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(line -> line.split(",")[6])
                    .filter(code -> code.matches("LY[0-9]{6}"))
                    .distinct()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Where people stay is uneven (Tripoli, Misrata, Benghazi, Sabha hold far more than a desert baladiya): a Zipf-like
     * weight over the baladiya ranked in an order fixed by the seed, the largest about fifty times the smallest.
     */
    private double[] baladiyaCumulative;

    private String baladiya() {
        if (baladiyaCumulative == null) {
            int count = BALADIYA.size();
            java.util.List<Integer> rank = new ArrayList<>(java.util.stream.IntStream.range(0, count).boxed().toList());
            java.util.Collections.shuffle(rank, new java.util.Random(seed));
            baladiyaCumulative = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                total += 1.0 / Math.pow(rank.get(i) + 1, 0.85);
                baladiyaCumulative[i] = total;
            }
            for (int i = 0; i < count; i++) {
                baladiyaCumulative[i] /= total;
            }
        }
        int at = java.util.Arrays.binarySearch(baladiyaCumulative, rnd.nextDouble());
        return BALADIYA.get(Math.min(at < 0 ? -at - 1 : at, BALADIYA.size() - 1));
    }

    // ------------------------------------------------------------------------------------------------ records

    private Record original(int id, Identity p) {
        Rendering r = new Rendering(p, p.script(), p.spelling());
        return new Record(id, p.id(), r.input(p.dobKnown() ? p.dob() : null, estimate(p), p.phone(), p.document(),
                        p.baladiya()),
                p.populationGroup(), p.baladiya(), -1, Variation.NONE, false);
    }

    private Integer[] estimate(Identity p) {
        if (p.dobKnown()) {
            return null;
        }
        LocalDate on = TODAY.minusDays(rnd.nextInt(900));
        int age = p.dob().until(on).getYears();
        int estimated = Math.max(0, age + rnd.nextInt(5) - 2);
        if (estimated >= 15 && rnd.nextDouble() < 0.5) {
            estimated = Math.round(estimated / 5f) * 5;
        }
        return new Integer[] {estimated, (int) on.toEpochDay()};
    }

    private Record duplicate(int id, int original, Identity p) {
        Variation v = VARIATIONS[rnd.nextInt(VARIATIONS.length)];
        int script = p.script();
        int spelling = rnd.nextDouble() < 0.3 ? rnd.nextInt(4) : p.spelling();
        boolean cross = false;
        if (v == Variation.OTHER_SCRIPT) {
            script = p.script() == 0 ? 2 : p.script() == 2 ? 0 : rnd.nextBoolean() ? 0 : 2;
            cross = true;
        } else if (v == Variation.LATIN_SPELLING) {
            script = 2;
            spelling = p.spelling() + 1 + rnd.nextInt(3);
        } else if (v == Variation.ARABIC_ORTHOGRAPHY) {
            script = 0;
        }
        if (p.script() == 0 && script == 2 || p.script() == 2 && script == 0) {
            cross = true;
        }
        Rendering r = new Rendering(p, script, spelling);
        LocalDate dob = p.dobKnown() ? p.dob() : null;
        Integer[] est = p.dobKnown() ? null : estimate(p);
        String phone = rnd.nextDouble() < 0.35 ? "" : p.phone();
        DocumentInput doc = rnd.nextDouble() < 0.5 ? null : p.document();
        if (rnd.nextDouble() < 0.08) {
            dob = null;
            est = null;
        }
        switch (v) {
            case ARABIC_ORTHOGRAPHY -> r.orthography(rnd);
            case LATIN_SPELLING -> r.respell(rnd);
            case MISSING_PARTS -> r.dropParts(rnd);
            case SHIFTED_PARTS -> r.shift();
            case SWAPPED_ORDER -> r.swap(rnd);
            case PARTICLES -> r.particles(rnd);
            case NICKNAME_ABBREVIATION -> r.nickname(rnd);
            case TYPO -> r.typo(rnd);
            case AGE_ESTIMATE -> {
                if (dob != null) {
                    LocalDate on = TODAY.minusDays(rnd.nextInt(400));
                    int age = dob.until(on).getYears();
                    int estimated = Math.max(0, age + rnd.nextInt(5) - 2);
                    est = new Integer[] {estimated, (int) on.toEpochDay()};
                    dob = null;
                }
            }
            case DOB_DAY_MONTH -> {
                if (dob != null && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
                    dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
                } else if (dob != null) {
                    dob = dob.plusYears(rnd.nextBoolean() ? 1 : -1);
                }
            }
            case DOB_YEAR_OFF -> {
                if (dob != null) {
                    dob = dob.plusYears(rnd.nextBoolean() ? 1 : -1);
                }
            }
            case DOB_PLACEHOLDER -> {
                if (dob != null) {
                    dob = LocalDate.of(dob.getYear() + (rnd.nextDouble() < 0.3 ? 1 : 0), 1, 1);
                }
            }
            case PHONE_FORMAT -> phone = p.phone();
            case DOCUMENT_FORMAT -> doc = p.document();
            default -> {}
        }
        if (v == Variation.PHONE_FORMAT || rnd.nextDouble() < 0.3) {
            phone = Noise.phoneFormat(phone, rnd);
        }
        if (doc != null && (v == Variation.DOCUMENT_FORMAT || rnd.nextDouble() < 0.3)) {
            doc = new DocumentInput(doc.type(), Noise.documentFormat(doc.number(), rnd), doc.issuingCountry());
        }
        // people move: 40 % of second registrations happen in another baladiya (met in Sabha, rescued at sea, treated
        // in Tripoli)
        String baladiya = rnd.nextDouble() < 0.4 ? baladiya() : p.baladiya();
        return new Record(id, p.id(), r.input(dob, est, phone, doc, baladiya), p.populationGroup(), baladiya, original,
                v, cross);
    }

    /** The four name parts of one record, each in Arabic and/or Latin, which a variation may then change. */
    final class Rendering {
        final Identity p;
        final String[] ar = new String[4];
        final String[] lat = new String[4];

        Rendering(Identity p, int script, int spelling) {
            this.p = p;
            Name[] names = {p.given(), p.fatherGiven() ? p.father() : null,
                p.grandfatherGiven() ? p.grandfather() : null, p.familyGiven() ? p.family() : null};
            for (int i = 0; i < 4; i++) {
                if (names[i] == null) {
                    continue;
                }
                if (script <= 1) {
                    ar[i] = names[i].ar();
                }
                if (script >= 1) {
                    lat[i] = names[i].latin(spelling + i * (spelling > 0 ? 1 : 0));
                }
            }
        }

        MatchInput input(LocalDate dob, Integer[] est, String phone, DocumentInput doc, String baladiya) {
            NameText[] parts = new NameText[4];
            for (int i = 0; i < 4; i++) {
                parts[i] = ar[i] == null && lat[i] == null ? NameText.NONE : new NameText(ar[i], lat[i]);
            }
            if (parts[0] == NameText.NONE && parts[3] == NameText.NONE && parts[1] == NameText.NONE) {
                parts[0] = new NameText(p.given().ar(), null);
            }
            return new MatchInput(parts[0], parts[1], parts[2], parts[3], p.sex(), dob,
                    est == null ? null : est[0], est == null ? null : LocalDate.ofEpochDay(est[1]),
                    rnd.nextDouble() < 0.05 ? null : p.nat().code(), phone.isEmpty() ? List.of() : List.of(phone),
                    doc == null ? List.of() : List.of(doc),
                    UNKNOWN_BALADIYA > 0 && placeKnown.nextDouble() < UNKNOWN_BALADIYA ? null : baladiya);
        }

        void orthography(SplittableRandom r) {
            for (int i = 0; i < 4; i++) {
                if (ar[i] != null) {
                    ar[i] = Noise.arabicOrthography(ar[i], r);
                }
            }
        }

        void respell(SplittableRandom r) {
            for (int i = 0; i < 4; i++) {
                if (lat[i] != null && r.nextDouble() < 0.6) {
                    lat[i] = Noise.respell(lat[i], r);
                }
            }
        }

        void dropParts(SplittableRandom r) {
            int present = 0;
            for (int i = 1; i < 4; i++) {
                present += ar[i] != null || lat[i] != null ? 1 : 0;
            }
            if (present <= 1) {
                return;
            }
            int drop = 1 + (present >= 3 && r.nextBoolean() ? 1 : 0);
            for (int k = 0; k < drop; k++) {
                int i = 1 + r.nextInt(3);
                if ((ar[i] != null || lat[i] != null) && present > 1) {
                    ar[i] = null;
                    lat[i] = null;
                    present--;
                }
            }
        }

        void shift() {
            // the father's name left out, the others moved up a slot
            if (ar[1] == null && lat[1] == null) {
                return;
            }
            ar[1] = ar[2];
            lat[1] = lat[2];
            ar[2] = null;
            lat[2] = null;
            if (ar[1] == null && lat[1] == null) {
                ar[1] = ar[3];
                lat[1] = lat[3];
                ar[3] = null;
                lat[3] = null;
            }
        }

        void swap(SplittableRandom r) {
            int other = ar[3] != null || lat[3] != null ? 3 : ar[2] != null || lat[2] != null ? 2 : 1;
            if (other == 1 || r.nextDouble() < 0.7) {
                swap(0, other);
            } else {
                swap(1, other);
            }
        }

        private void swap(int i, int j) {
            String a = ar[i];
            ar[i] = ar[j];
            ar[j] = a;
            String l = lat[i];
            lat[i] = lat[j];
            lat[j] = l;
        }

        void particles(SplittableRandom r) {
            if (lat[1] != null) {
                lat[1] = new String[] {"bin ", "Ben ", "Ould ", "Wad ", "ibn "}[r.nextInt(5)] + lat[1];
            }
            if (ar[1] != null) {
                ar[1] = new String[] {"بن ", "ولد ", "ود "}[r.nextInt(3)] + ar[1];
            }
            if (lat[3] != null && !lat[3].toLowerCase().startsWith("al") && r.nextBoolean()) {
                lat[3] = new String[] {"Al-", "El ", "al "}[r.nextInt(3)] + lat[3];
            }
            if (ar[3] != null && !ar[3].startsWith("ال") && r.nextBoolean()) {
                ar[3] = "ال" + ar[3];
            }
        }

        void nickname(SplittableRandom r) {
            if (lat[0] != null) {
                lat[0] = Noise.nickname(lat[0], r);
            } else if (ar[0] != null) {
                ar[0] = Noise.arabicShortForm(ar[0], r);
            }
        }

        void typo(SplittableRandom r) {
            int i = r.nextInt(4);
            for (int k = 0; k < 4; k++, i = (i + 1) % 4) {
                if (lat[i] != null) {
                    lat[i] = Noise.typo(lat[i], r);
                    return;
                }
                if (ar[i] != null) {
                    ar[i] = Noise.arabicTypo(ar[i], r);
                    return;
                }
            }
        }
    }
}
