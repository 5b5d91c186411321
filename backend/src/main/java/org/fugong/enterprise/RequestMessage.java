package org.fugong.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * One message in a request's thread.
 *
 * @param author     username of who wrote it
 * @param authorName their display name
 * @param role       in what capacity they wrote
 * @param event      for a note of Fugong itself (role SYSTEM), what happened ({@code CLOCK_WARNED},
 *                   {@code CLOCK_ESCALATED}), so each reader sees it in their language; {@code text}
 *                   says it in Chinese
 * @param args       the event's details: the deadline's stage, its time (Asia/Shanghai), who was told
 */
public record RequestMessage(String id, String authorId, String author, String authorName, RequestRole role,
                             String text, Instant at, String event, List<String> args) {

    public RequestMessage {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A message someone wrote. */
    public RequestMessage(String id, String authorId, String author, String authorName, RequestRole role, String text,
                          Instant at) {
        this(id, authorId, author, authorName, role, text, at, null, List.of());
    }
}
