package org.fugong.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens whose signature this node has verified, held by their exact text, so a worker's app
 * that sends the same token request after request pays for the HMAC and the parsing once (decision 47).
 * <p>
 * Nothing is accepted that the full check would refuse: a token is held only after the full check
 * passed, a different text (another signature, a changed claim) is a different key, and every use of
 * a held token runs the claim checks again (expiry and not-before against the application's clock,
 * the issuer), so an expired token is refused at the same instant as without the hold, and dropped.
 * Fugong revokes no access token (they live one hour; a console user who is disabled is refused by
 * the check after decoding, which runs on every request): a signature, once valid, stays valid while
 * the key does, and the key is fixed for the life of the process. Past {@code max} tokens the hold
 * starts over.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> claims;
    private final int max;
    private final Map<String, Jwt> held = new ConcurrentHashMap<>();

    /**
     * @param decoder the full check: signature and {@code claims}
     * @param claims  the claim checks the decoder runs, run again on every use of a held token
     */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> claims, int max) {
        this.decoder = decoder;
        this.claims = claims;
        this.max = max;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = token == null ? null : held.get(token);
        if (jwt == null) {
            jwt = decoder.decode(token);
            if (held.size() >= max) {
                held.clear();
            }
            held.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = claims.validate(jwt);
        if (result.hasErrors()) {
            held.remove(token);
            Collection<OAuth2Error> errors = result.getErrors();
            String description = errors.iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    errors);
        }
        return jwt;
    }

    /** How many tokens are held (for tests). */
    int size() {
        return held.size();
    }
}
