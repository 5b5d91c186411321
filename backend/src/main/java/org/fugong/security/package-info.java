/**
 * Who is who: workers sign in with a one-time code sent to their phone and hold self-issued JWT
 * access tokens with rotating refresh tokens; console users (ADMIN, OFFICIAL, REVIEWER, HR) live in
 * MongoDB with BCrypt passwords and get tokens for the integration API. The API's security filter
 * chain lives here; the console's lives with the console.
 */
package org.fugong.security;
