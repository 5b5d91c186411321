package org.fugong.security.internal;

import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

@Document("users")
public class StaffUserDocument {
    @Id
    public String id;
    public String username;
    public String passwordHash;
    public String displayName;
    public Set<Role> roles;
    public String enterpriseId;
    public boolean enabled;
    public Instant createdAt;
    public Instant updatedAt;
    public String createdBy;

    public StaffUser toUser() {
        return new StaffUser(id, username, displayName, roles == null ? Set.of() : Set.copyOf(roles), enterpriseId,
                enabled, createdAt);
    }
}
