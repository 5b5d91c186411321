package org.fugong.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import fugong.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node holds the access tokens it verified, and still refuses every token the full check refuses:
 * expired ones at the same instant, forged or altered ones always.
 */
class VerifiedTokensTest {

    private static final SecretKey KEY = new SecretKeySpec(
            "a test key of thirty-two bytes or more, for HS256".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final MutableClock clock = new MutableClock();
    private final OAuth2TokenValidator<Jwt> claims = claims();
    private final NimbusJwtDecoder full = full();
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final JwtDecoder counted = token -> {
        fullChecks.incrementAndGet();
        return full.decode(token);
    };
    private final VerifiedTokens tokens = new VerifiedTokens(counted, claims, 100);

    @Test
    void a_token_used_again_is_not_verified_again() {
        String token = token("worker-1", Duration.ofHours(1), TokenService.ISSUER);

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("worker-1");
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void a_held_token_is_accepted_and_refused_exactly_when_the_full_check_accepts_and_refuses_it() {
        String token = token("worker-1", Duration.ofHours(1), TokenService.ISSUER);
        tokens.decode(token);

        // the full check allows a minute of clock skew past the expiry
        clock.advance(Duration.ofHours(1).plusSeconds(59));
        assertThat(full.decode(token).getSubject()).isEqualTo("worker-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("worker-1");

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> full.decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThat(tokens.size()).as("an expired token is no longer held").isZero();
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_with_another_signature_is_refused_while_the_genuine_one_is_held() {
        String token = token("worker-1", Duration.ofHours(1), TokenService.ISSUER);
        tokens.decode(token);
        String forged = token.substring(0, token.lastIndexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_held_tokens_signature_on_other_claims_is_refused() {
        String token = token("worker-1", Duration.ofHours(1), TokenService.ISSUER);
        tokens.decode(token);
        String[] parts = token.split("\\.");
        String claimsOfAnother = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("worker-1", "worker-2");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claimsOfAnother.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.decode(altered)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_of_another_issuer_is_refused_and_not_held() {
        String token = token("worker-1", Duration.ofHours(1), "someone-else");

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void past_its_size_the_hold_starts_over_and_tokens_still_work() {
        for (int i = 0; i < 150; i++) {
            tokens.decode(token("worker-" + i, Duration.ofHours(1), TokenService.ISSUER));
        }

        assertThat(tokens.size()).isBetween(1, 100);
        String late = token("worker-late", Duration.ofHours(1), TokenService.ISSUER);
        assertThat(tokens.decode(late).getSubject()).isEqualTo("worker-late");
    }

    private String token(String subject, Duration ttl, String issuer) {
        Instant now = clock.instant();
        JwtClaimsSet set = JwtClaimsSet.builder().issuer(issuer).subject(subject).issuedAt(now)
                .expiresAt(now.plus(ttl)).claim(TokenService.TYPE, TokenService.WORKER).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(KEY))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), set)).getTokenValue();
    }

    private OAuth2TokenValidator<Jwt> claims() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(TokenService.ISSUER));
    }

    private NimbusJwtDecoder full() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(claims);
        return decoder;
    }
}
