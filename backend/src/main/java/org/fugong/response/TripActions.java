package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeStatus;
import org.springframework.stereotype.Service;

/**
 * What a console user may do with a return bus's trip page, as data: open it (staff; {@link BusService}
 * shows manifests to staff only) and announce a change to the passengers (the roles
 * {@link BusService#change} requires, while the trip is published). Per passenger, the check-offs
 * are in {@link BusService.ManifestEntry#actions()}.
 */
@Service
public class TripActions {

    /**
     * @param open   the notice is a return bus and the reader is staff
     * @param change the reader may delay, cancel or otherwise change the trip now
     */
    public record Allowed(boolean open, boolean change) {

        static final Allowed NOTHING = new Allowed(false, false);
    }

    /** What the actor may do with the trip; nothing when the notice is missing or no return bus. */
    public Allowed of(Notice notice, Actor actor) {
        if (notice == null || notice.type() != NoticeType.RETURN_BUS || !actor.isStaff()) {
            return Allowed.NOTHING;
        }
        return new Allowed(true, notice.status() == NoticeStatus.PUBLISHED
                && actor.hasAny(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN));
    }
}
