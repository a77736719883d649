package org.masar.dtm;

/**
 * An emergency event received its first report (on time or late: read the event). Carries no figure and no name.
 *
 * @param id the event
 */
public record EmergencyFirstReported(EmergencyEventId id) {}
