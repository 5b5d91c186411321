package org.fugong.partner.internal;

import org.fugong.partner.Partner;
import org.fugong.partner.PartnerService;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A partner in {@code partners}: its key as a SHA-256 hash (unique: a pull finds the partner by it,
 * by key), and its latest pulls (at most {@value PartnerService#PULLS_KEPT}).
 */
@Document("partners")
public class PartnerDocument {
    @Id
    public String id;
    public String name;
    public String contact;
    public String keyHash;
    public String keyPrefix;
    public Instant createdAt;
    public String createdBy;
    public Instant revokedAt;
    public Instant lastPullAt;
    public long itemsServed;
    public List<Partner.Pull> pulls;

    public Partner toPartner() {
        List<Partner.Pull> recent = new java.util.ArrayList<>(pulls == null ? List.of() : pulls);
        java.util.Collections.reverse(recent);
        return new Partner(id, name, contact, keyPrefix, createdAt, createdBy, revokedAt, lastPullAt, itemsServed, recent);
    }
}
