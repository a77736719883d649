package org.masar.people.internal.matching;

public final class PhoneNumbers {
    private PhoneNumbers() {}

    public static String normalise(String asGiven) {
        StringBuilder digits = new StringBuilder();
        asGiven.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        String d = digits.toString();
        if (d.startsWith("00")) {
            return d.substring(2);
        }
        if (d.startsWith("0")) {
            return "218" + d.substring(1);
        }
        return d;
    }
}
