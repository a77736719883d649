package org.masar.cases;

import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Tasks on cases: something to do by a day (the mission's, Libya's time), by a user. Reading needs {@code cases:read}
 * and the case readable ({@link Cases#summary}, which checks and audits a restricted case); writing needs
 * {@code cases:write} and an open case. Every change is audited.
 */
public interface CaseTasks {

    /** The case's tasks: open ones first by due day, then the others, newest first. */
    PageJson<CaseTask> ofCase(CaseId caseId, Paging paging);

    /**
     * One task of the case.
     *
     * @throws CaseTaskNotFound when the case has no such task
     */
    CaseTask get(CaseId caseId, CaseTaskId task);

    /**
     * Adds a task, assigned to the signed-in user unless another user who may read the case is named.
     *
     * @throws org.masar.shared.InvalidFields when the title or the assignee is refused
     */
    CaseTask add(CaseId caseId, NewCaseTask task);

    /**
     * Changes an open task.
     *
     * @throws CaseTaskStale when the task changed since the version named
     * @throws CaseTaskNotOpen when it is done or cancelled
     */
    CaseTask change(CaseId caseId, CaseTaskId task, CaseTaskChange change);

    /** Marks an open task done, as of the version the caller read. */
    CaseTask complete(CaseId caseId, CaseTaskId task, int version);

    /** Cancels an open task with a reason, as of the version the caller read. */
    CaseTask cancel(CaseId caseId, CaseTaskId task, String reason, int version);

    /**
     * The signed-in user's open tasks, overdue ones first and then by due day; with {@code overdueOnly}, only those
     * whose day has passed. Tasks of cases the user can no longer read are left out (by the database).
     */
    PageJson<CaseTask> mine(boolean overdueOnly, Paging paging);

    /** How many of the signed-in user's open tasks are overdue: the dashboard's figure. */
    long myOverdueCount();
}
