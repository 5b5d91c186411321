package org.fugong.security;

import org.fugong.base.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Objects;

/** A console user as Spring Security's login sees them, carrying the {@link Actor}. */
public final class StaffPrincipal implements UserDetails {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;

    StaffPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && Objects.equals(actor.id(), that.actor.id());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(actor.id());
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + actor.username() + "]";
    }
}
