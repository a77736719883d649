package org.masar.people.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact way to write a person in a test: {@code "given|father|grandfather|family;sex;birth;nationality;phones;
 * documents"}. A name part is Arabic, Latin, or both as {@code "محمد / Mohamed"}. Birth is a date (1990-03-04), or an
 * estimated age with the date it was estimated ({@code ~35@2025-06-01}), or empty. Phones are comma-separated;
 * documents are {@code type:number:country}, comma-separated; an optional last field is the baladiya's P-code.
 */
final class People {
    private People() {}

    static MatchInput parse(String spec) {
        String[] f = spec.split(";", -1);
        String[] names = f[0].split("\\|", -1);
        NameText[] parts = new NameText[4];
        for (int i = 0; i < 4; i++) {
            parts[i] = i < names.length ? part(names[i].strip()) : NameText.NONE;
        }
        char sex = f.length > 1 && !f[1].isBlank() ? f[1].strip().charAt(0) : 'M';
        LocalDate dob = null;
        Integer age = null;
        LocalDate on = null;
        if (f.length > 2 && !f[2].isBlank()) {
            String b = f[2].strip();
            if (b.startsWith("~")) {
                String[] a = b.substring(1).split("@");
                age = Integer.parseInt(a[0]);
                on = LocalDate.parse(a[1]);
            } else {
                dob = LocalDate.parse(b);
            }
        }
        String nat = f.length > 3 && !f[3].isBlank() ? f[3].strip() : null;
        List<String> phones = new ArrayList<>();
        if (f.length > 4 && !f[4].isBlank()) {
            for (String p : f[4].split(",")) {
                phones.add(p.strip());
            }
        }
        List<DocumentInput> docs = new ArrayList<>();
        if (f.length > 5 && !f[5].isBlank()) {
            for (String d : f[5].split(",")) {
                String[] t = d.split(":", -1);
                docs.add(new DocumentInput(t[0].strip(), t[1].strip(), t.length > 2 ? t[2].strip() : null));
            }
        }
        String baladiya = f.length > 6 && !f[6].isBlank() ? f[6].strip() : null;
        return new MatchInput(parts[0], parts[1], parts[2], parts[3], sex, dob, age, on, nat, phones, docs, baladiya);
    }

    private static NameText part(String s) {
        if (s.isEmpty()) {
            return NameText.NONE;
        }
        int slash = s.indexOf(" / ");
        if (slash >= 0) {
            return new NameText(
                    s.substring(0, slash).strip(), s.substring(slash + 3).strip());
        }
        return Names.hasArabic(s) ? new NameText(s, null) : new NameText(null, s);
    }
}
