package org.fugong.security;

import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.security.internal.StaffUserDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Console users: created by an ADMIN, with roles, BCrypt passwords and, for HR, an enterprise. */
@Service
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    static final int MIN_PASSWORD = 8;

    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ObjectProvider<EnterpriseDirectory> enterprises;
    private final Clock clock;
    /** Compared against when the user is unknown, so a wrong username costs as much time as a wrong password. */
    private final String decoyHash;

    UserService(MongoTemplate mongo, PasswordEncoder passwords, AuditLog audit,
                ObjectProvider<EnterpriseDirectory> enterprises, Clock clock) {
        this.mongo = mongo;
        this.passwords = passwords;
        this.audit = audit;
        this.enterprises = enterprises;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
        mongo.indexOps(StaffUserDocument.class).createIndex(new Index().on("username", Sort.Direction.ASC).unique());
        mongo.indexOps(StaffUserDocument.class).createIndex(new Index().on("enterpriseId", Sort.Direction.ASC));
    }

    /** Creates a user; only an ADMIN may, and the password must be at least eight characters. */
    public StaffUser create(NewUser user, Actor admin) {
        admin.require(Role.ADMIN);
        Problems problems = validate(user);
        problems.check(user.password() == null || user.password().length() >= MIN_PASSWORD,
                "password", "error.password-length", MIN_PASSWORD);
        problems.throwIfAny();
        StaffUser created = insert(user, admin.username());
        audit.record(admin, "user.create", "user", created.id(),
                Map.of("username", created.username(), "roles", created.roles().toString()));
        return created;
    }

    /**
     * Creates a user without the password-length rule: only for the first ADMIN and the demo users,
     * which the operator configures. Returns empty when the username is taken.
     */
    public Optional<StaffUser> createIfAbsent(NewUser user) {
        validate(user).throwIfAny();
        try {
            return Optional.of(insert(user, "system"));
        } catch (ConflictException taken) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return mongo.estimatedCount(StaffUserDocument.class) == 0;
    }

    /** The actor for a username and password, if they match an enabled user. */
    public Optional<Actor> authenticate(String username, String password) {
        StaffUserDocument user = username == null ? null
                : mongo.findOne(Query.query(where("username").is(username.strip().toLowerCase(Locale.ROOT))), StaffUserDocument.class);
        if (user == null || password == null) {
            passwords.matches(password == null ? "" : password, decoyHash);
            return Optional.empty();
        }
        if (!passwords.matches(password, user.passwordHash) || !user.enabled) {
            return Optional.empty();
        }
        return Optional.of(user.toUser().toActor());
    }

    public Optional<StaffUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("username").is(username.strip().toLowerCase(Locale.ROOT))),
                StaffUserDocument.class)).map(StaffUserDocument::toUser);
    }

    public Optional<StaffUser> findById(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, StaffUserDocument.class)).map(StaffUserDocument::toUser);
    }

    /** Password hash lookup for Spring Security's login form. */
    Optional<StaffUserDocument> document(String username) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("username").is(username.strip().toLowerCase(Locale.ROOT))),
                StaffUserDocument.class));
    }

    /** Users in username order, optionally those holding one role. */
    public CursorPage<StaffUser> list(Role role, Paging paging) {
        Criteria criteria = role == null ? new Criteria() : where("roles").is(role.name());
        if (paging.hasCursor()) {
            criteria = new Criteria().andOperator(criteria, where("username").gt(paging.cursor().part(0)));
        }
        Query query = new Query(criteria).with(Sort.by("username")).limit(paging.limit() + 1);
        List<StaffUser> rows = mongo.find(query, StaffUserDocument.class).stream().map(StaffUserDocument::toUser).toList();
        return CursorPage.of(rows, paging.limit(), u -> Cursor.of(u.username()));
    }

    public long count() {
        return mongo.count(new Query(), StaffUserDocument.class);
    }

    /** Enables or disables a user; an ADMIN cannot disable themself. */
    public StaffUser setEnabled(String userId, boolean enabled, Actor admin) {
        admin.require(Role.ADMIN);
        if (!enabled && userId.equals(admin.id())) {
            throw new ConflictException("error.disable-self");
        }
        StaffUserDocument saved = mongo.findAndModify(Query.query(where("_id").is(userId)),
                new Update().set("enabled", enabled).set("updatedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), StaffUserDocument.class);
        if (saved == null) {
            throw new NotFoundException("user", userId);
        }
        audit.record(admin, enabled ? "user.enable" : "user.disable", "user", userId, Map.of("username", saved.username));
        return saved.toUser();
    }

    /** Sets a new password for a user (ADMIN only). */
    public void resetPassword(String userId, String password, Actor admin) {
        admin.require(Role.ADMIN);
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 128) {
            throw org.fugong.base.InvalidInputException.of("password", "error.password-length", MIN_PASSWORD);
        }
        StaffUserDocument saved = mongo.findAndModify(Query.query(where("_id").is(userId)),
                new Update().set("passwordHash", passwords.encode(password)).set("updatedAt", clock.instant()),
                StaffUserDocument.class);
        if (saved == null) {
            throw new NotFoundException("user", userId);
        }
        audit.record(admin, "user.reset-password", "user", userId, Map.of("username", saved.username));
    }

    /**
     * Whether a console session signed in as this principal may go on: the user is still enabled, has
     * the same roles and enterprise, and the same password (an ADMIN's reset ends the sessions opened
     * with the old one). Checked on every console request, so a change ends the session at once.
     */
    public boolean sessionStillValid(StaffPrincipal principal) {
        StaffUserDocument user = principal.actor().id() == null ? null
                : mongo.findById(principal.actor().id(), StaffUserDocument.class);
        return user != null && user.enabled && principal.getPassword() != null
                && principal.getPassword().equals(user.passwordHash)
                && user.toUser().roles().equals(principal.actor().roles())
                && java.util.Objects.equals(user.enterpriseId, principal.actor().enterpriseId());
    }

    /** Still allowed to act: exists and enabled (checked on every integration API call). */
    public boolean isActive(String userId) {
        return mongo.exists(Query.query(where("_id").is(userId).and("enabled").is(true)), StaffUserDocument.class);
    }

    private Problems validate(NewUser user) {
        Problems problems = new Problems();
        String username = user.username() == null ? null : user.username().strip().toLowerCase(Locale.ROOT);
        problems.check(username != null && USERNAME.matcher(username).matches(), "username", "error.username");
        problems.check(user.password() != null && !user.password().isEmpty(), "password", "error.required");
        problems.check(user.password() == null || user.password().length() <= 128, "password", "error.max-length", 128);
        String displayName = Texts.trimToNull(user.displayName());
        problems.check(displayName == null || displayName.length() <= 50, "displayName", "error.max-length", 50);
        problems.check(!Texts.hasControlCharacters(displayName), "displayName", "error.control-characters");
        problems.check(user.roles() != null && !user.roles().isEmpty(), "roles", "error.roles");
        problems.check(user.roles() == null || user.roles().stream().noneMatch(Objects::isNull), "roles", "error.wrong-format");
        if (user.roles() != null && user.roles().contains(Role.HR)) {
            String enterpriseId = Texts.trimToNull(user.enterpriseId());
            problems.check(enterpriseId != null, "enterpriseId", "error.hr-needs-enterprise");
            EnterpriseDirectory directory = enterprises.getIfAvailable();
            problems.check(enterpriseId == null || directory == null || directory.exists(enterpriseId),
                    "enterpriseId", "error.enterprise-unknown");
        }
        return problems;
    }

    private StaffUser insert(NewUser user, String createdBy) {
        StaffUserDocument doc = new StaffUserDocument();
        doc.username = user.username().strip().toLowerCase(Locale.ROOT);
        doc.passwordHash = passwords.encode(user.password());
        doc.displayName = Texts.trimToNull(user.displayName()) == null ? doc.username : user.displayName().strip();
        doc.roles = EnumSet.copyOf(user.roles());
        doc.enterpriseId = user.roles().contains(Role.HR) ? Texts.trimToNull(user.enterpriseId()) : null;
        doc.enabled = true;
        Instant now = clock.instant();
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.createdBy = createdBy;
        try {
            return mongo.insert(doc).toUser();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("error.username-taken", doc.username);
        }
    }
}
