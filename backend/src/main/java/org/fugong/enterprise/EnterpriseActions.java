package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.springframework.stereotype.Service;

/**
 * Who may do what with enterprises, as data for the console, the same rules {@link EnterpriseService}
 * enforces: who registers and imports enterprises, and who may serve on an enterprise's task force
 * (leader or specialist).
 */
@Service
public class EnterpriseActions {

    /** Whether the actor registers enterprises, one by one or from a file (officials and administrators). */
    public boolean mayRegister(Actor actor) {
        return actor.hasAny(Role.OFFICIAL, Role.ADMIN);
    }

    /** Whether the user may lead or advise an enterprise's task force: an enabled member of the bureau's staff. */
    public static boolean mayServeOnTaskForce(StaffUser user) {
        return user.enabled() && (user.roles().contains(Role.OFFICIAL) || user.roles().contains(Role.REVIEWER)
                || user.roles().contains(Role.ADMIN));
    }
}
