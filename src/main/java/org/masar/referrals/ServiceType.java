package org.masar.referrals;

/** A service of the catalogue people are referred to. */
public record ServiceType(String code, String nameEn, String nameAr) {}
