package org.fugong.response;

import org.fugong.response.internal.SubsidyLedgerDocument;
import org.fugong.base.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps each enterprise's subsidy claims of a policy under the policy's cap (专策: "capped per
 * enterprise") without transactions. A claim reserves its amount by compare-and-set on
 * {@code reserved}: it reads the ledger, works out what is left, and writes only if nobody changed
 * {@code reserved} in between, else reads again. Every other change is a single {@code $inc}.
 * Amounts are held in fen.
 */
@Component
class SubsidyLedger {

    /** Each failed compare-and-set means another claim went through, so this is only reached under a storm. */
    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final Clock clock;

    SubsidyLedger(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Reserves as much of {@code requested} as the cap still allows.
     *
     * @param cap the policy's cap per enterprise, or null for none
     * @return the fen reserved: {@code min(requested, cap − reserved)}, or 0 when nothing is left
     */
    long reserve(String noticeId, String enterpriseId, long requested, Long cap) {
        String id = SubsidyLedgerDocument.key(noticeId, enterpriseId);
        create(id, noticeId, enterpriseId);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            SubsidyLedgerDocument current = mongo.findById(id, SubsidyLedgerDocument.class);
            if (current == null) {
                create(id, noticeId, enterpriseId);
                continue;
            }
            long amount = cap == null ? requested : Math.min(requested, cap - current.reserved);
            if (amount <= 0) {
                return 0;
            }
            SubsidyLedgerDocument saved = mongo.findAndModify(
                    Query.query(where("_id").is(id).and("reserved").is(current.reserved)),
                    new Update().inc("reserved", amount).set("updatedAt", clock.instant()),
                    FindAndModifyOptions.options().returnNew(true), SubsidyLedgerDocument.class);
            if (saved != null) {
                return amount;
            }
        }
        throw new ConflictException("error.concurrent-change");
    }

    /** A claim was rejected or withdrawn: its amount no longer counts against the cap. */
    void release(String noticeId, String enterpriseId, long amount) {
        change(noticeId, enterpriseId, new Update().inc("reserved", -amount));
    }

    /** A claim was approved ({@code +amount}) or an approval was taken back ({@code −amount}). */
    void grant(String noticeId, String enterpriseId, long amount) {
        change(noticeId, enterpriseId, new Update().inc("granted", amount));
    }

    Optional<SubsidyLedgerDocument> find(String noticeId, String enterpriseId) {
        return Optional.ofNullable(mongo.findById(SubsidyLedgerDocument.key(noticeId, enterpriseId),
                SubsidyLedgerDocument.class));
    }

    private void change(String noticeId, String enterpriseId, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(SubsidyLedgerDocument.key(noticeId, enterpriseId))),
                update.set("updatedAt", clock.instant()), SubsidyLedgerDocument.class);
    }

    private void create(String id, String noticeId, String enterpriseId) {
        try {
            mongo.upsert(Query.query(where("_id").is(id)), new Update().setOnInsert("noticeId", noticeId)
                    .setOnInsert("enterpriseId", enterpriseId).setOnInsert("reserved", 0L).setOnInsert("granted", 0L)
                    .setOnInsert("updatedAt", clock.instant()), SubsidyLedgerDocument.class);
        } catch (DuplicateKeyException raced) {
            // another claim created it at the same moment: the ledger is there, which is all we need
        }
    }

    /** Yuan to fen; amounts carry at most two decimals (checked when the policy is written). */
    static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.DOWN).movePointRight(2).longValueExact();
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
