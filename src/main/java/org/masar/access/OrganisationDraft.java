package org.masar.access;

/** What an administrator sets on an organisation; the code is upper case letters, digits, {@code _} and {@code -}. */
public record OrganisationDraft(String code, OrganisationKind kind, String nameEn, String nameAr) {}
