package org.fugong.enterprise;

import java.time.Instant;

/**
 * One message in a request's thread.
 *
 * @param author     username of who wrote it
 * @param authorName their display name
 * @param role       in what capacity they wrote
 */
public record RequestMessage(String id, String authorId, String author, String authorName, RequestRole role,
                             String text, Instant at) {
}
