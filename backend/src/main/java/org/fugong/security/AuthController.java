package org.fugong.security;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.base.UnauthenticatedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Sign-in for workers (phone and code) and for integration clients (username and password): the
 * only calls of the API that need no token.
 */
@RestController
@SecurityRequirements
@RequestMapping("/api/v1")
class AuthController {

    private final WorkerSignIn signIn;
    private final UserService users;
    private final TokenService tokens;

    private final SignInThrottle throttle;
    private final StaffSignIn.SignInAudit audit;

    AuthController(WorkerSignIn signIn, UserService users, TokenService tokens, SignInThrottle throttle,
                   org.fugong.audit.AuditLog auditLog) {
        this.signIn = signIn;
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = new StaffSignIn.SignInAudit(auditLog, users);
    }

    record CodeRequest(@Schema(requiredMode = REQUIRED, example = "+8613800138000") String phone) {
    }

    record CodeSent(@Schema(requiredMode = REQUIRED) long expiresInSeconds) {
    }

    record SignInRequest(@Schema(requiredMode = REQUIRED) String phone, @Schema(requiredMode = REQUIRED) String code) {
    }

    record RefreshRequest(@Schema(requiredMode = REQUIRED) String refreshToken) {
    }

    record StaffSignInRequest(@Schema(requiredMode = REQUIRED) String username,
                              @Schema(requiredMode = REQUIRED) String password) {
    }

    @PostMapping("/auth/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CodeSent requestCode(@RequestBody CodeRequest request) {
        Duration validFor = signIn.requestCode(request.phone());
        return new CodeSent(validFor.toSeconds());
    }

    @PostMapping("/auth/token")
    WorkerTokens token(@RequestBody SignInRequest request) {
        return signIn.signIn(request.phone(), request.code());
    }

    @PostMapping("/auth/refresh")
    WorkerTokens refresh(@RequestBody RefreshRequest request) {
        return signIn.refresh(request.refreshToken());
    }

    /**
     * A request without a username or password is malformed (400), not a failed sign-in (401). Throttled
     * and audited like the console's sign-in: while the user or address is locked out, 429 with
     * {@code Retry-After}, without checking the password.
     */
    @PostMapping("/admin/auth/token")
    StaffToken staffToken(@RequestBody StaffSignInRequest request, jakarta.servlet.http.HttpServletRequest http) {
        new Problems()
                .check(Texts.trimToNull(request.username()) != null, "username", "error.required")
                .check(request.password() != null && !request.password().isEmpty(), "password", "error.required")
                .throwIfAny();
        String address = http.getRemoteAddr();
        java.util.Optional<java.time.Instant> locked = throttle.lockedUntil(request.username(), address);
        if (locked.isPresent()) {
            audit.record(request.username(), address, "api", "signin.locked");
            throw new org.fugong.base.TooManyRequestsException("error.signin-locked",
                    java.time.Duration.between(java.time.Instant.now(), locked.get()));
        }
        var actor = users.authenticate(request.username(), request.password());
        if (actor.isEmpty()) {
            throttle.failed(request.username(), address);
            audit.record(request.username(), address, "api", "signin.failed");
            throw new UnauthenticatedException("error.bad-credentials");
        }
        throttle.succeeded(request.username());
        audit.record(request.username(), address, "api", "signin.succeeded");
        return tokens.issueForStaff(actor.get());
    }
}
