package org.masar.assistance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A distribution or cash cycle as the services it delivered name it, with how many persons received from it.
 *
 * @param source {@code distribution} or {@code cash-cycle}
 */
public record MonitoringSource(
        String source, UUID sourceId, String programme, long recipients, LocalDate lastDelivered, long surveys) {}
