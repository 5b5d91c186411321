package org.fugong.worker;

import io.swagger.v3.oas.annotations.Operation;
import org.fugong.base.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;

/**
 * {@code POST /api/v1/admin/workers:import} (ADMIN): the body is the file itself, {@code text/csv}
 * or {@code application/x-ndjson}, at most 10 MB and 50,000 lines (else 413). The answer is
 * {@code {"created", "updated", "rejected": [{"line", "reason"}]}}, reasons in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/admin")
class WorkerImportController {

    private final WorkerImport imports;

    WorkerImportController(WorkerImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/workers:import", consumes = "text/csv")
    @Operation(summary = "Import workers from CSV (header row: phone,name,hometownProvince,hometownCity,district,"
            + "industries,skills,employmentStatus,enterpriseCreditCode,locale; lists separated by ; or |)")
    WorkerImport.Result importCsv(InputStream body, Actor actor) {
        return imports.importCsv(body, actor, LocaleContextHolder.getLocale());
    }

    @PostMapping(path = "/workers:import", consumes = "application/x-ndjson")
    @Operation(summary = "Import workers from NDJSON (one object a line with the CSV's fields)")
    WorkerImport.Result importNdjson(InputStream body, Actor actor) {
        return imports.importNdjson(body, actor, LocaleContextHolder.getLocale());
    }
}
