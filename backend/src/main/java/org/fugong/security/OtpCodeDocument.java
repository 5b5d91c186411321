package org.fugong.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The pending sign-in code of one phone ({@code _id} is the phone's keyed hash); the code itself is only kept hashed. */
@Document("otpCodes")
class OtpCodeDocument {
    @Id
    String phoneHash;
    String codeHash;
    Instant sentAt;
    Instant expiresAt;
    int attempts;
}
