package org.fugong.security;

import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * The console's password sign-in (Spring Security's form login asks this provider): throttled and
 * locked out by {@link SignInThrottle} before the password is checked, and every attempt —
 * succeeded, failed, refused while locked — written to the audit log with the client address.
 */
@Component
class StaffSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    StaffSignIn(StaffUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit,
                UserService userService) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = new SignInAudit(audit, userService);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            audit.record(username, address, "console", "signin.locked");
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            audit.record(username, address, "console", "signin.succeeded");
            return result;
        } catch (AuthenticationException failed) {
            throttle.failed(username, address);
            audit.record(username, address, "console", "signin.failed");
            var nowLocked = throttle.lockedUntil(username, address);
            if (nowLocked.isPresent()) {
                throw new SignInLockedException(nowLocked.get());
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Audit entries of sign-ins: by the user when the name is known, else by the name as typed (cut short). */
    record SignInAudit(AuditLog audit, UserService users) {
        void record(String username, String address, String channel, String action) {
            String typed = username == null ? "" : username.strip();
            typed = typed.length() > 64 ? typed.substring(0, 64) : typed;
            Actor actor = users.findByUsername(typed).map(StaffUser::toActor)
                    .orElse(new Actor(null, typed, typed, Set.of(), null));
            audit.record(actor, action, "user", actor.id(), Map.of("address", address == null ? "" : address,
                    "channel", channel));
        }
    }
}
