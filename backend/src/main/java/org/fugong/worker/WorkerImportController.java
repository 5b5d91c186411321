package org.fugong.worker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import org.fugong.base.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;

/**
 * {@code POST /api/v1/admin/workers:import} (ADMIN): the body is the file itself, {@code text/csv}
 * or {@code application/x-ndjson}, at most 10 MB and 50,000 lines (else 413). The answer is
 * {@code {"created", "updated", "rejected": [{"line", "reason"}], "encoding"}}, reasons in the caller's
 * language, {@code encoding} the one the file was read in ({@code UTF-8}, {@code UTF-8 (BOM)} or
 * {@code GB18030}; declare GBK with {@code text/csv; charset=GBK}).
 */
@RestController
@RequestMapping("/api/v1/admin")
class WorkerImportController {

    static final String NDJSON = "application/x-ndjson";

    private final WorkerImport imports;

    WorkerImportController(WorkerImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/workers:import", consumes = {"text/csv", NDJSON})
    @Operation(summary = "Import workers, matched by phone. CSV: a header row naming some of phone, name, "
            + "hometownProvince, hometownCity, district, industries, skills, employmentStatus, enterpriseCreditCode, "
            + "locale (phone required; lists separated by ; or |). NDJSON: one object a line with the same fields.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = NDJSON, schema = @Schema(type = "string"))})
    WorkerImport.Result importWorkers(InputStream body, HttpServletRequest request, Actor actor) {
        boolean ndjson = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.valueOf(NDJSON));
        String charset = org.fugong.base.Uploads.declaredCharset(request.getHeader("Content-Type"));
        return ndjson ? imports.importNdjson(body, charset, actor, LocaleContextHolder.getLocale())
                : imports.importCsv(body, charset, actor, LocaleContextHolder.getLocale());
    }
}
