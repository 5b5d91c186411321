package org.fugong.publicity;

import java.time.Instant;

/**
 * An objection as officials see it, with how to reach whoever filed it and the bureau's answer.
 *
 * @param lineNo      the line it is about, if any
 * @param upheld      the answer's outcome: upheld (the claim stays on hold), dismissed, or not answered (null)
 * @param canAnswer   whether the reader may answer it now
 */
public record Objection(String id, String publicityId, Integer lineNo, String enterpriseName, String name,
                        String contact, String text, Instant at, String answer, Boolean upheld, String answeredBy,
                        Instant answeredAt, boolean canAnswer) {
}
