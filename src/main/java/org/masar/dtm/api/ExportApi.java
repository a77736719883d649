package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.RoundId;
import org.masar.dtm.internal.HxlExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The HXL-tagged public exports of a published round. Needs {@code dtm:read}; every export is audited. */
@RestController
@PreAuthorize("hasAuthority('dtm:read')")
@Tag(name = "DTM exports", description = "Published mobility-tracking figures as HXL-tagged CSV or XLSX")
class ExportApi {

    private final HxlExports exports;

    ExportApi(HxlExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/dtm/rounds/{id}/export")
    @Operation(summary = "A published round's figures at one level as an HXL-tagged file", description = """
                    The round's latest published version: a header row, the HXL hashtag row (#round+code, #date+start, \
                    #date+end, #adm1+code, #adm1+name+i_en, #adm1+name+i_ar … down to the level asked, then one \
                    #affected+… tag per figure key, e.g. #affected+idps+ind, #affected+migrants+f+children), then one \
                    row per unit. Small cells are suppressed: under 5 people is shown as <5, and a cell withheld so \
                    that no <5 can be worked out by subtracting from a total (a row's total and its breakdown, a \
                    parent's total and its units) is shown as x. Key informants are never exported. 404 for an \
                    unknown round, 409 for a round not yet published; every export is audited.""")
    ResponseEntity<byte[]> export(
            @PathVariable RoundId id,
            @Parameter(description = "region, mantika, baladiya or muhalla") @RequestParam(required = false) @Nullable
                    String level,
            @Parameter(description = "csv or xlsx") @RequestParam(required = false) @Nullable String format) {
        HxlExports.Export export = exports.export(id, level, format);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .body(export.body());
    }
}
