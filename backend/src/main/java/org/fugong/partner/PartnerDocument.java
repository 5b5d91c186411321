package org.fugong.partner;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A partner in {@code partners}: its key as a SHA-256 hash (unique: a pull finds the partner by it,
 * by key), and its latest pulls (at most {@value PartnerService#PULLS_KEPT}).
 */
@Document("partners")
class PartnerDocument {
    @Id
    String id;
    String name;
    String contact;
    String keyHash;
    String keyPrefix;
    Instant createdAt;
    String createdBy;
    Instant revokedAt;
    Instant lastPullAt;
    long itemsServed;
    List<Partner.Pull> pulls;

    Partner toPartner() {
        List<Partner.Pull> recent = new java.util.ArrayList<>(pulls == null ? List.of() : pulls);
        java.util.Collections.reverse(recent);
        return new Partner(id, name, contact, keyPrefix, createdAt, createdBy, revokedAt, lastPullAt, itemsServed, recent);
    }
}
