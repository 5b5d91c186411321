package org.fugong.publicity;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.springframework.stereotype.Service;

/**
 * What a console user may do with publicities, as data, the rules {@link PublicityService} enforces:
 * who publishes a policy's approved list, and when a publicity has a public page to link to.
 */
@Service
public class PublicityActions {

    /** Whether the actor publishes a policy's approved list for public review (officials). */
    public boolean mayPublish(Actor actor) {
        return actor.has(Role.OFFICIAL);
    }

    /** Whether the publicity's public page is open: it is running or its period is over (not pending or withdrawn). */
    public boolean hasPublicPage(Publicity publicity) {
        return publicity.status() == PublicityStatus.RUNNING || publicity.status() == PublicityStatus.CLOSED;
    }
}
