/**
 * Case management across programmes: a case of a type (defined as data: stages, the moves that need a supervisor's
 * approval, default sensitivity, assessment questionnaire) follows a person or a household, assigned to a caseworker
 * in an office. Its status (open, transferred, closed, merged) is kept apart from its workflow stage. Cases of
 * protection, GBV, child-protection and health types are restricted records ({@code access.RestrictedRecords}), and
 * so is every part of them (history, flags, transfers, tasks, notes, documents) in PostgreSQL's row-level security.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"geo", "access", "audit", "people", "approvals", "shared :: questionnaire"})
@NullMarked
package org.masar.cases;

import org.jspecify.annotations.NullMarked;
