package org.fugong.security;

/** What a worker gets on sign-in and refresh. */
public record WorkerTokens(String accessToken, String refreshToken, long expiresInSeconds, String workerId) {
}
