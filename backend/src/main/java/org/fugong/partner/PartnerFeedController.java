package org.fugong.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fugong.base.Paging;
import org.fugong.partner.internal.PostingFeed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The partner feed: published job postings for partner platforms, as JSON or CSV, read-only. */
@RestController
@RequestMapping("/api/v1/partner")
@Tag(name = "Partner feed", description = "Job postings for partner platforms (专网). An API key per partner, "
        + "issued by the bureau, in the X-Api-Key header; without a valid key: 401 problem details.")
@SecurityScheme(name = "partnerKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = PartnerKeyFilter.HEADER, description = "The partner's API key, shown once when the bureau issued it")
@SecurityRequirement(name = "partnerKey")
class PartnerFeedController {

    private final PostingFeed feed;
    private final PartnerService partners;
    private final FeedCsv csv;

    PartnerFeedController(PostingFeed feed, PartnerService partners, FeedCsv csv) {
        this.feed = feed;
        this.partners = partners;
        this.csv = csv;
    }

    @Operation(summary = "Published job postings",
            description = "Without updatedSince: every open posting. With it: every posting that changed after it "
                    + "(published, withdrawn, expired: status CLOSED means remove your copy). Page with limit and cursor; "
                    + "keep the until of a complete pull and pass it as updatedSince next time.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    @GetMapping(value = "/postings", produces = MediaType.APPLICATION_JSON_VALUE)
    FeedPage postings(@Parameter(description = "Only postings that changed after this instant (ISO-8601); at most 92 days back")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
                      @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                      @AuthenticationPrincipal PartnerPrincipal partner) {
        FeedPage page = feed.pull(updatedSince, Paging.of(limit, cursor));
        partners.recordPull(partner.id(), new Partner.Pull(partners.now(), updatedSince, page.until(),
                page.items().size(), "JSON"));
        return page;
    }

    @Operation(summary = "Published job postings as CSV",
            description = "The same postings, parameters and order as GET /partner/postings, as a CSV file (UTF-8 with "
                    + "BOM) with stable English column names. The next page's cursor is in the Fugong-Next-Cursor header, "
                    + "the pull's until in Fugong-Until.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping(value = "/postings.csv", produces = "text/csv")
    ResponseEntity<byte[]> postingsCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
                                       @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor,
                                       @AuthenticationPrincipal PartnerPrincipal partner) {
        FeedPage page = feed.pull(updatedSince, Paging.of(limit, cursor));
        partners.recordPull(partner.id(), new Partner.Pull(partners.now(), updatedSince, page.until(),
                page.items().size(), "CSV"));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postings.csv\"")
                .header("Fugong-Until", page.until().toString());
        if (page.nextCursor() != null) {
            answer.header("Fugong-Next-Cursor", page.nextCursor());
        }
        return answer.body(csv.write(page));
    }
}
