package org.masar.assistance;

/** A kind of service delivered to people (first aid, food, hygiene kit…), or of group activity: a list kept as data. */
public record ServiceType(String code, String nameEn, String nameAr) {

    /** The name in the language asked for (Arabic, or English otherwise). */
    public String name(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
