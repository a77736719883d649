package org.masar.referrals;

/**
 * An urgency, and the time it allows for an answer.
 *
 * @param responseHours hours within which the receiver must accept or decline
 */
public record Urgency(String code, int responseHours, String nameEn, String nameAr) {}
