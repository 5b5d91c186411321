package org.fugong.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Enterprise requests (专班 threads) over the integration API, for HR users of the enterprise and
 * staff. Beyond the contract's two calls on {@code /enterprises/{id}/requests}: one request with
 * its thread, a reply, a status change, and the CSV export {@code GET /requests:export}
 * ({@code ?status=&category=&enterpriseId=}; HR users get their own enterprise's only).
 */
@RestController
@RequestMapping("/api/v1/admin")
class EnterpriseRequestController {

    private final EnterpriseRequestService requests;

    EnterpriseRequestController(EnterpriseRequestService requests) {
        this.requests = requests;
    }

    record Reply(String text) {
    }

    @PostMapping("/enterprises/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    EnterpriseRequest raise(@PathVariable String id, @RequestBody NewRequest request, Actor actor) {
        return requests.raise(id, request, actor);
    }

    @GetMapping("/enterprises/{id}/requests")
    CursorPage<EnterpriseRequest> list(@PathVariable String id, @RequestParam(required = false) RequestStatus status,
                                       @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor, Actor actor) {
        return requests.list(id, status, Paging.of(limit, cursor), actor);
    }

    @GetMapping("/requests/{id}")
    EnterpriseRequest get(@PathVariable String id, Actor actor) {
        return requests.get(id, actor);
    }

    @PostMapping("/requests/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a message to a request's thread; answers the request with its whole thread")
    EnterpriseRequest reply(@PathVariable String id, @RequestBody Reply reply, Actor actor) {
        return requests.reply(id, reply == null ? null : reply.text(), actor);
    }

    @PostMapping("/requests/{id}/status")
    @Operation(summary = "Take up (IN_PROGRESS), resolve (RESOLVED, with solution and effect) or reopen (OPEN) a request")
    EnterpriseRequest changeStatus(@PathVariable String id, @RequestBody StatusChange change, Actor actor) {
        return requests.changeStatus(id, change, actor);
    }

    @GetMapping("/requests:export")
    @Operation(summary = "The requests as a CSV file for Excel (UTF-8 with BOM), in the caller's language")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Set<RequestStatus> status,
                                  @RequestParam(required = false) RequestCategory category,
                                  @RequestParam(required = false) String enterpriseId, Actor actor) {
        byte[] csv = requests.exportCsv(new RequestFilter(status, category, enterpriseId), actor,
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("enterprise-requests.csv").build().toString())
                .body(csv);
    }
}
