package org.fugong.security;

import org.fugong.base.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

@Document("users")
class StaffUserDocument {
    @Id
    String id;
    String username;
    String passwordHash;
    String displayName;
    Set<Role> roles;
    String enterpriseId;
    boolean enabled;
    Instant createdAt;
    Instant updatedAt;
    String createdBy;

    StaffUser toUser() {
        return new StaffUser(id, username, displayName, roles == null ? Set.of() : Set.copyOf(roles), enterpriseId,
                enabled, createdAt);
    }
}
