package org.fugong.security;

import org.fugong.base.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * The console or integration user behind the current request: from the console's login session or
 * from a staff bearer token.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.actor());
        }
        if (authentication instanceof JwtAuthenticationToken jwt
                && TokenService.STAFF.equals(jwt.getToken().getClaimAsString(TokenService.TYPE))) {
            return Optional.of(TokenService.actorOf(jwt.getToken()));
        }
        return Optional.empty();
    }
}
