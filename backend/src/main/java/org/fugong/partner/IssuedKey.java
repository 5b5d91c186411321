package org.fugong.partner;

/** A partner and its new API key, shown this once: Fugong keeps only the key's hash. */
public record IssuedKey(Partner partner, String key) {
}
