package org.masar.cases;

import java.time.LocalDate;
import org.masar.access.UserId;

/**
 * A change to an open task: its title, day and assignee, as of the version the caller read.
 *
 * @param version the version the caller read; another one stored means someone changed it meanwhile (409)
 */
public record CaseTaskChange(String title, LocalDate dueOn, UserId assignee, int version) {}
