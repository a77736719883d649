package org.masar.dtm.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.masar.dtm.FlowMonitoringNewCount;

/**
 * A day's count at a flow-monitoring point.
 *
 * @param incoming people arriving
 * @param outgoing people leaving
 */
record FlowCountRequest(
        @NotNull @Valid FlowJson incoming, @NotNull @Valid FlowJson outgoing) {

    FlowMonitoringNewCount toCount() {
        return new FlowMonitoringNewCount(incoming.toFlow(), outgoing.toFlow());
    }
}
