package org.fugong.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Messages;
import org.fugong.base.Paging;
import org.fugong.base.ProblemResponses;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The enterprise registry over the integration API. {@code POST /enterprises:import} takes a CSV
 * file as the body ({@code text/csv}, header {@code name,creditCode,industry,district,key,headcount,
 * taskForceLeader,specialist}) and registers all of its enterprises, answering 201
 * {@code {"created", "rejected": []}}, or none: then a 400 problem detail whose {@code rejected}
 * lists {@code {"line", "reason"}} (and {@code errors} the same as {@code {field: "line N", message}}).
 */
@RestController
@RequestMapping("/api/v1/admin")
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final Messages messages;

    EnterpriseController(EnterpriseService enterprises, Messages messages) {
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @PostMapping("/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise create(@RequestBody NewEnterprise enterprise, Actor actor) {
        return enterprises.create(enterprise, actor);
    }

    @GetMapping("/enterprises")
    CursorPage<Enterprise> list(@RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) String cursor, Actor actor) {
        return enterprises.list(actor, Paging.of(limit, cursor));
    }

    @GetMapping("/enterprises/{id}")
    Enterprise get(@PathVariable String id, Actor actor) {
        return enterprises.get(id, actor);
    }

    @PostMapping(path = "/enterprises:import", consumes = "text/csv")
    @Operation(summary = "Register the enterprises of a CSV file: all of them, or none and the lines why")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<Object> importCsv(InputStream body, jakarta.servlet.http.HttpServletRequest request, Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        EnterpriseService.ImportResult result = enterprises.importCsv(body, org.fugong.base.Uploads.declaredCharset(request.getHeader("Content-Type")), actor, locale);
        if (result.accepted()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(result);
        }
        ProblemDetail problem = ProblemResponses.problem(400, "error.import-rejected",
                messages.get("error.import-rejected", locale, result.rejected().size()));
        problem.setProperty("rejected", result.rejected());
        problem.setProperty("errors", result.rejected().stream()
                .map(r -> Map.of("field", "line " + r.line(), "message", r.reason()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
