/**
 * Assistance that reaches people and can be proven: the catalogue of items and kits, stock in warehouses (geo sites),
 * services delivered to people and households, group activities, distributions with their hand-overs, cash and
 * vouchers approved through the one maker-checker, and post-distribution monitoring. Services and hand-overs go on
 * the person's timeline; a case's service plan learns of deliveries through {@code cases.ServicePlans}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assistance",
        allowedDependencies = {
            "geo",
            "access",
            "audit",
            "people",
            "cases",
            "approvals",
            "shared :: questionnaire",
            "shared :: spreadsheet"
        })
@NullMarked
package org.masar.assistance;

import org.jspecify.annotations.NullMarked;
