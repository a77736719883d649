package org.masar.cases;

import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.UserId;

/**
 * A hand-over to ask for: to a named caseworker, or to an office (any user there who works cases may accept).
 *
 * @param toUser the receiver, or null for the office's users
 * @param toOffice the receiving office; null: the case's office (a hand-over within it)
 */
public record NewTransfer(@Nullable UserId toUser, @Nullable OfficeId toOffice, String reason) {}
