package org.masar.cases.internal;

import org.masar.access.SystemIdentity;
import org.masar.people.PersonMerged;
import org.masar.people.PersonUnmerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person merged into another keeps their cases under the survivor; an undone merge takes back exactly the cases it
 * moved. Runs after the merge committed, in its own transaction, as the system identity (restricted cases move too);
 * a second delivery finds nothing left to move.
 */
@Component("casesOnPersonMerged")
class OnPersonMerged {

    private final CaseService cases;
    private final SystemIdentity system;

    OnPersonMerged(CaseService cases, SystemIdentity system) {
        this.cases = cases;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(PersonMerged event) {
        system.run("cases.person-merged", () -> cases.personMerged(event.merged(), event.survivor()));
    }

    @ApplicationModuleListener
    void on(PersonUnmerged event) {
        system.run("cases.person-unmerged", () -> cases.personUnmerged(event.merged(), event.survivor()));
    }
}
