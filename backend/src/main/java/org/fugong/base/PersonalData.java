package org.fugong.base;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps phone numbers findable by exact match but unreadable in bulk: a keyed hash (HMAC-SHA256) to
 * look them up, and AES-GCM encryption for the few places that show the whole number (the worker
 * themself, the official handling their response).
 */
@Component
public class PersonalData {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] lookupKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();
    /** One keyed MAC and one cipher per thread, made once: an import hashes and encrypts thousands of numbers a second. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalData::newCipher);

    PersonalData(KeyRing keys) {
        this.lookupKey = keys.derive("phone-lookup");
        this.encryptionKey = new SecretKeySpec(keys.derive("phone-encryption"), "AES");
    }

    /** A stable, keyed fingerprint of a canonical phone number, for exact-match lookups. */
    public String lookupHash(String value) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String blob) {
        try {
            byte[] all = Base64.getDecoder().decode(blob);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt personal data: wrong fugong.security.data-key?", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
