package org.masar.people.internal.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

public final class Profile {
    final String names;
    final List<String> phones;
    final List<String> documents;

    Profile(String names, List<String> phones, List<String> documents) {
        this.names = names;
        this.phones = phones;
        this.documents = documents;
    }

    public Set<String> blockingKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String token : names.split(" ")) {
            if (!token.isEmpty()) {
                keys.add("n:" + token);
            }
        }
        phones.forEach(p -> keys.add("p:" + p));
        documents.forEach(d -> keys.add("d:" + d));
        return keys;
    }

    public String nameSkeleton() {
        return names;
    }

    public String encode() {
        return names + "\t" + String.join(",", phones) + "\t" + String.join(",", documents);
    }

    public static Profile decode(String encoded) {
        String[] parts = encoded.split("\t", -1);
        return new Profile(parts[0], split(parts[1]), split(parts[2]));
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    public List<String> phones() {
        return phones;
    }

    public List<String> documentNumbers() {
        return documents;
    }
}
