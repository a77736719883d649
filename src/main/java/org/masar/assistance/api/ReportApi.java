package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.masar.assistance.AssistanceReport;
import org.masar.assistance.AssistanceReports;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who received what, where and when, counted: the figures of services delivered and group activities. */
@RestController
@RequestMapping(path = "/api/v1/assistance/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance reports", description = "Figures of assistance delivered, by month, type, sex and age band")
class ReportApi {

    private final AssistanceReports reports;

    ReportApi(AssistanceReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(
            summary = "Services delivered by month and service type (people reached distinct, services delivered, "
                    + "people by sex and by age band when served, quantities per unit), per month and in total, and "
                    + "group activities by month and kind (participants counted), within the caller's scopes",
            description = """
                    Voided services are not counted. A service under a restricted case is counted only for a caller \
                    holding the permission that case's timeline entries need. The months default to the last twelve \
                    (this month included); at most 120 months. 400 naming every field in error.""")
    AssistanceReport figures(@ParameterObject ReportQuery query) {
        return reports.figures(query.filter());
    }
}
