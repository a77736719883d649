package org.masar.assistance;

import java.util.List;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Services delivered to people and households. Recording needs {@code assistance:record}, reading
 * {@code assistance:read}; both need the person within the user's scopes (as people's pages do, 403 otherwise). A
 * recorded service goes on the person's timeline and, when it delivers a case's planned service, marks the plan's
 * item delivered. It is never edited: it is voided with a reason, and kept.
 */
public interface Services {

    /** The kinds of service, in their order. */
    List<ServiceType> types();

    /**
     * Records a delivered service, all or nothing.
     *
     * @throws org.masar.shared.InvalidFields naming every field in error (a 400), nothing written
     */
    ServiceRecord record(ServiceDraft draft);

    /** One service (404 when unknown; 403 when its person is outside the user's scopes). */
    ServiceRecord get(ServiceId id);

    /** Services within the user's scopes, most recently delivered first. */
    PageJson<ServiceRecord> list(ServiceFilter filter, Paging paging);

    /** Voids a service with a reason (400 without one, 409 when voided already); audited and on the timeline. */
    ServiceRecord voidService(ServiceId id, String reason);
}
