/**
 * The Displacement Tracking Matrix: mobility-tracking rounds of key-informant counts of IDPs, returnees and migrants at
 * baladiya and muhalla level, flow monitoring at transit points, detention-centre profiles and emergency events
 * reported within 72 hours, validated by DTM officers and published as dashboards, maps and HXL-tagged data.
 *
 * <p>A round is a series of versions: a published version is frozen (in PostgreSQL too), a correction opens the next
 * version with its reason, and publication goes through the one maker-checker. Figures are counts keyed by a dotted
 * {@code FigureKey} ({@code idps.ind}, {@code migrants.ind.f.children}…), so validation, aggregation up the gazetteer
 * and export treat them alike. No figure names a person: key informants are kept by role, sex and organisation type.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Displacement Tracking Matrix",
        allowedDependencies = {"geo", "access", "audit", "approvals", "shared :: questionnaire", "shared :: spreadsheet"
        })
@NullMarked
package org.masar.dtm;

import org.jspecify.annotations.NullMarked;
