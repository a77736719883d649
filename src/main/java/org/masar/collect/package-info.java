/**
 * Field collection that works offline: an OpenRosa form server that ODK Collect, KoboCollect and Enketo use unchanged
 * (form list, manifests, submissions idempotent by {@code instanceID}), forms uploaded as XForms or as XLSForms
 * converted on the server by Masar's own converter ({@link org.masar.collect.XlsForms}), per-phone collect passwords,
 * and submissions bound to Masar targets (DTM assessments and flow-monitoring surveys, people's screening and
 * registration), reviewed and exported.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Field collection",
        allowedDependencies = {
            "geo",
            "access",
            "audit",
            "people",
            "dtm",
            "shared :: questionnaire",
            "shared :: spreadsheet"
        })
@NullMarked
package org.masar.collect;

import org.jspecify.annotations.NullMarked;
