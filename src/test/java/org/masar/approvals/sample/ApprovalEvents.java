package org.masar.approvals.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.masar.approvals.ApprovalGranted;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalRejected;
import org.masar.approvals.ApprovalRequested;
import org.masar.approvals.ApprovalWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** What another module hears of the approvals: each event once its transaction committed, in order. */
@Component
public class ApprovalEvents {

    private final List<Object> heard = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ApprovalRequested event) {
        heard.add(event);
    }

    @TransactionalEventListener
    void on(ApprovalGranted event) {
        heard.add(event);
    }

    @TransactionalEventListener
    void on(ApprovalRejected event) {
        heard.add(event);
    }

    @TransactionalEventListener
    void on(ApprovalWithdrawn event) {
        heard.add(event);
    }

    /** The events heard about one command. */
    public List<Object> about(ApprovalId id) {
        return heard.stream()
                .filter(event -> switch (event) {
                    case ApprovalRequested e -> e.id().equals(id);
                    case ApprovalGranted e -> e.id().equals(id);
                    case ApprovalRejected e -> e.id().equals(id);
                    case ApprovalWithdrawn e -> e.id().equals(id);
                    default -> false;
                })
                .toList();
    }
}
