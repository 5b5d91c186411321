package org.fugong.response;

import java.util.Set;

/**
 * One response as a review list shows it: the response (with the worker's name and masked phone),
 * who answered by name (the worker, or the enterprise for an enterprise's RSVP or claim), and what
 * the reader may do with it: the decisions open to them and whether they may see the whole phone.
 */
public record ResponseRow(Response response, String who, Set<ResponseStatus> decisions, boolean mayRevealPhone) {

    public String id() {
        return response.id();
    }
}
