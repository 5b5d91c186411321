package org.fugong.ui.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fugong.security.StaffPrincipal;
import org.fugong.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a console session at its next request when its user was disabled, lost or changed a role, or
 * had the password reset: the session is invalidated and the request goes on as anonymous, so the
 * console shows the sign-in page. The integration API checks its tokens the same way on every call.
 */
class ConsoleSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSessionCheck.class);

    private final UserService users;

    ConsoleSessionCheck(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && !users.sessionStillValid(principal)) {
            log.info("Ending the console session of {}: the user was disabled or changed", principal.getUsername());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
