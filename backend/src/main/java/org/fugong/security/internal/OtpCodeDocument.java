package org.fugong.security.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The pending sign-in code of one phone ({@code _id} is the phone's keyed hash); the code itself is only kept hashed. */
@Document("otpCodes")
public class OtpCodeDocument {
    @Id
    public String phoneHash;
    public String codeHash;
    public Instant sentAt;
    public Instant expiresAt;
    public int attempts;
}
