package org.masar.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One user a restricted record was shared with, by whom, when and why. */
public record RecordShare(
        RecordRef record, UserId user, @Nullable UserId grantedBy, Instant grantedAt, String reason) {}
