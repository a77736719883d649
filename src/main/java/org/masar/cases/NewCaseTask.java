package org.masar.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;

/**
 * A task to add to a case.
 *
 * @param dueOn the mission's day it is due
 * @param assignee who does it; the signed-in user when null
 */
public record NewCaseTask(
        String title, LocalDate dueOn, @Nullable UserId assignee) {}
