package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.base.Role;

import java.time.Instant;
import java.util.Set;

/** A console user as the Users page and {@code POST /admin/users} show it; never the password. */
public record StaffUser(String id, String username, String displayName, Set<Role> roles, String enterpriseId,
                        boolean enabled, Instant createdAt) {

    public Actor toActor() {
        return new Actor(id, username, displayName, roles, enterpriseId);
    }
}
