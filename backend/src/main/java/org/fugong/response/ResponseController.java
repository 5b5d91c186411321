package org.fugong.response;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.fugong.notice.ResponseKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Responses over the HTTP API: workers submit and cancel; enterprises, through their HR users, join
 * job fairs and claim subsidies; officials and HR review.
 */
@RestController
@RequestMapping("/api/v1")
class ResponseController {

    private final ResponseService responses;
    private final EnterpriseResponses enterprises;
    private final ResponseReview review;
    private final ResponseListing listing;

    ResponseController(ResponseService responses, EnterpriseResponses enterprises, ResponseReview review,
                       ResponseListing listing) {
        this.responses = responses;
        this.enterprises = enterprises;
        this.review = review;
        this.listing = listing;
    }

    record Submission(ResponseKind kind, Map<String, Object> fields) {
    }

    record Decision(org.fugong.response.ResponseStatus status, String note) {
    }

    @PostMapping("/notices/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    Response submit(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                            implementation = ResponseFieldSchemas.ResponseSubmission.class)))
                    @RequestBody Submission submission) {
        return responses.submit(token.getSubject(), id, submission.kind(), submission.fields(), idempotencyKey);
    }

    @GetMapping("/me/responses")
    CursorPage<Response> mine(@AuthenticationPrincipal Jwt token,
                              @RequestParam(required = false) String noticeId,
                              @RequestParam(required = false) org.fugong.response.ResponseStatus status,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) String cursor) {
        return responses.mine(token.getSubject(), noticeId, status, Paging.of(limit, cursor));
    }

    @DeleteMapping("/me/responses/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> cancel(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        responses.cancel(token.getSubject(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/notices/{id}/responses")
    CursorPage<Response> forNotice(@PathVariable String id,
                                   @RequestParam(required = false) org.fugong.response.ResponseStatus status,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor, Actor actor) {
        return listing.forNotice(id, status, Paging.of(limit, cursor), actor);
    }

    @PostMapping("/admin/notices/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    Response submitForEnterprise(@PathVariable String id,
                                 @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                                         implementation = ResponseFieldSchemas.ResponseSubmission.class)))
                                 @RequestBody Submission submission, Actor actor) {
        return enterprises.submitForEnterprise(id, submission.kind(), submission.fields(), idempotencyKey, actor);
    }

    @DeleteMapping("/admin/responses/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> cancelForEnterprise(@PathVariable String id, Actor actor) {
        enterprises.cancelForEnterprise(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/admin/responses/{id}")
    Response review(@PathVariable String id, @RequestBody Decision decision, Actor actor) {
        return review.review(id, decision.status(), decision.note(), actor);
    }
}
