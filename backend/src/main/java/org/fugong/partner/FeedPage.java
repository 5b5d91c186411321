package org.fugong.partner;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One page of the feed. Pull with {@code updatedSince} = the {@code until} of your last complete pull
 * to get only what changed since.
 */
@Schema(name = "FeedPage")
public record FeedPage(
        List<FeedPosting> items,
        @Schema(description = "Pass as ?cursor= for the next page of the same pull; null on the last page")
        String nextCursor,
        @Schema(description = "Changes up to this instant are in this pull; pass it as ?updatedSince= next time")
        Instant until) {
}
