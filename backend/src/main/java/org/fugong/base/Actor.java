package org.fugong.base;

import java.util.Set;

/**
 * A signed-in console or integration user acting on something: who they are, their roles and, for
 * HR users, their enterprise. Services take it explicitly so every rule (two-person approval,
 * enterprise scope) and every audit entry knows who acted.
 */
public record Actor(String id, String username, String displayName, Set<Role> roles, String enterpriseId) {

    private static final Role[] STAFF = {Role.ADMIN, Role.OFFICIAL, Role.REVIEWER};

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The system itself, for scheduled work. */
    public static Actor system() {
        return new Actor("system", "system", "system", Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Staff are the bureau's own people: ADMIN, OFFICIAL and REVIEWER. */
    public boolean isStaff() {
        return hasAny(STAFF);
    }

    /** An HR user who is not also staff: sees only their own enterprise. */
    public boolean isEnterpriseOnly() {
        return has(Role.HR) && !isStaff();
    }

    /** Throws 403 unless the actor is staff. */
    public void requireStaff() {
        require(STAFF);
    }

    /** Throws 403 unless the actor has one of the roles. */
    public void require(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new NotAllowedException("error.role-required", String.join("/",
                    java.util.Arrays.stream(wanted).map(Role::name).toList()));
        }
    }
}
