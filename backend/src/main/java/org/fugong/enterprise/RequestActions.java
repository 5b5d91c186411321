package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.springframework.stereotype.Service;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a console user may do with enterprises' requests, as data: the transitions
 * {@link EnterpriseRequestService} allows from a request's status (taking up, resolving and the
 * console's reopening are the bureau's, staff only), and whether the reader has a queue of requests
 * waiting for the bureau.
 */
@Service
public class RequestActions {

    /** The actions on the request the actor may take now (none for HR users: they reply in the thread). */
    public Set<RequestAction> of(EnterpriseRequest request, Actor actor) {
        Set<RequestAction> actions = EnumSet.noneOf(RequestAction.class);
        if (!actor.isStaff()) {
            return actions;
        }
        if (request.status() == RequestStatus.OPEN) {
            actions.add(RequestAction.TAKE_UP);
        }
        actions.add(request.status() == RequestStatus.RESOLVED ? RequestAction.REOPEN : RequestAction.RESOLVE);
        return actions;
    }

    /** Whether the actor works a queue of requests waiting for the bureau (staff: {@link EnterpriseRequestService#queue}). */
    public boolean hasQueue(Actor actor) {
        return actor.isStaff();
    }
}
