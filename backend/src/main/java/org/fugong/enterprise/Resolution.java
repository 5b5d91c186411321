package org.fugong.enterprise;

import java.time.Instant;

/**
 * How a request was solved and what came of it: the bureau reports its task forces as "what was
 * needed, how it was solved, with what effect" (有什么需求、如何解决、效果怎样).
 *
 * @param resolvedBy username of the official who resolved it
 */
public record Resolution(String solution, String effect, String resolvedBy, Instant resolvedAt) {
}
