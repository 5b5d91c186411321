package org.fugong.security;

import org.fugong.base.InvalidInputException;
import org.fugong.base.PersonalData;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.TooManyRequestsException;
import org.fugong.base.UnauthenticatedException;
import org.fugong.security.internal.OtpCodeDocument;
import org.fugong.worker.WorkerService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Phone sign-in for workers: a six-digit code by SMS, one per phone per minute, valid five minutes,
 * void after five tries; the first successful sign-in creates the worker.
 */
@Service
public class WorkerSignIn {

    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final WorkerService workers;
    private final TokenService tokens;
    private final SmsSender sms;
    private final AuthProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SignInCodeBudget budget;

    WorkerSignIn(MongoTemplate mongo, PersonalData personalData, WorkerService workers, TokenService tokens,
                 SmsSender sms, AuthProperties properties, Clock clock, SignInCodeBudget budget) {
        this.budget = budget;
        this.mongo = mongo;
        this.personalData = personalData;
        this.workers = workers;
        this.tokens = tokens;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
        // real MongoDB deletes expired codes by itself; every read also checks expiry
        mongo.indexOps(OtpCodeDocument.class).createIndex(
                new Index().on("expiresAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS));
    }

    /**
     * Sends a new code unless one went to this phone less than a minute ago (429 with the seconds to
     * wait). The check and the new code are one atomic upsert, so parallel requests send one code.
     */
    public Duration requestCode(String phoneInput) {
        String phone = canonical(phoneInput);
        String phoneHash = personalData.lookupHash(phone);
        Instant now = clock.instant();
        String code = properties.devOtp() != null && !properties.devOtp().isBlank()
                ? properties.devOtp() : String.format("%06d", random.nextInt(1_000_000));
        Query resendable = Query.query(where("_id").is(phoneHash).and("sentAt").lte(now.minus(properties.otpResendAfter())));
        Update fresh = new Update()
                .set("codeHash", hash(phoneHash, code))
                .set("sentAt", now)
                .set("expiresAt", now.plus(properties.otpTtl()))
                .set("attempts", 0);
        try {
            mongo.upsert(resendable, fresh, OtpCodeDocument.class);
        } catch (DuplicateKeyException tooSoon) {
            OtpCodeDocument existing = mongo.findById(phoneHash, OtpCodeDocument.class);
            Duration wait = existing == null ? properties.otpResendAfter()
                    : Duration.between(now, existing.sentAt.plus(properties.otpResendAfter()));
            throw new TooManyRequestsException("error.otp-too-soon", wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        budget.take();
        sms.sendSignInCode(phone, code, properties.otpTtl());
        return properties.otpTtl();
    }

    /**
     * Exchanges a phone and code for tokens. Every try counts (atomically) before the code is compared,
     * so parallel guesses cannot exceed the allowed tries; the right code is used up at once.
     */
    public WorkerTokens signIn(String phoneInput, String code) {
        String phone = canonical(phoneInput);
        if (code == null || !code.strip().matches("\\d{4,8}")) {
            throw InvalidInputException.of("code", "error.otp-format");
        }
        String phoneHash = personalData.lookupHash(phone);
        Instant now = clock.instant();
        OtpCodeDocument pending = mongo.findAndModify(
                Query.query(where("_id").is(phoneHash).and("attempts").lt(properties.otpMaxAttempts())
                        .and("expiresAt").gt(now)),
                new Update().inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), OtpCodeDocument.class);
        if (pending == null) {
            OtpCodeDocument spent = mongo.findById(phoneHash, OtpCodeDocument.class);
            boolean voided = spent != null && spent.attempts >= properties.otpMaxAttempts() && spent.expiresAt.isAfter(now);
            throw new UnauthenticatedException(voided ? "error.otp-void" : "error.otp-expired");
        }
        boolean matches = MessageDigest.isEqual(pending.codeHash.getBytes(StandardCharsets.UTF_8),
                hash(phoneHash, code.strip()).getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            if (pending.attempts >= properties.otpMaxAttempts()) {
                // the void code stays on record (its tries are spent): the phone still waits out the
                // minute before the next code, so nobody gets more than five guesses a minute
                throw new UnauthenticatedException("error.otp-void");
            }
            throw new UnauthenticatedException("error.otp-wrong", properties.otpMaxAttempts() - pending.attempts);
        }
        OtpCodeDocument used = mongo.findAndRemove(
                Query.query(where("_id").is(phoneHash).and("codeHash").is(pending.codeHash)), OtpCodeDocument.class);
        if (used == null) {
            throw new UnauthenticatedException("error.otp-expired");
        }
        String workerId = workers.findOrCreateByPhone(phone);
        return tokens.issueForWorker(workerId);
    }

    /** New tokens for a refresh token; a worker whose inbox fell behind their profile catches up. */
    public WorkerTokens refresh(String refreshToken) {
        WorkerTokens fresh = tokens.refresh(refreshToken);
        workers.catchUpInbox(fresh.workerId());
        return fresh;
    }

    private static String canonical(String phoneInput) {
        String phone = PhoneNumbers.normalize(phoneInput);
        if (phone == null) {
            throw InvalidInputException.of("phone", "error.phone");
        }
        return phone;
    }

    private static String hash(String phoneHash, String code) {
        return TokenService.sha256(phoneHash + ":" + code);
    }
}
