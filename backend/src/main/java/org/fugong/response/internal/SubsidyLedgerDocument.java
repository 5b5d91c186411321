package org.fugong.response.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What one enterprise has claimed of one policy ({@code _id} = noticeId:enterpriseId), counted in fen
 * (分) so that sums are exact integers and every change is one atomic update of this document.
 * {@code reserved} is everything that counts against the policy's cap (claims waiting for review
 * plus those approved); {@code granted} is the approved part of it. A claim is only ever reserved
 * from here, so approvals can never add up to more than the cap, however many claims race.
 */
@Document("subsidyLedgers")
public class SubsidyLedgerDocument {
    @Id
    public String id;
    public String noticeId;
    public String enterpriseId;
    public long reserved;
    public long granted;
    public Instant updatedAt;

    public static String key(String noticeId, String enterpriseId) {
        return noticeId + ":" + enterpriseId;
    }
}
