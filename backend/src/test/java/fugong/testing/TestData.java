package fugong.testing;

import org.fugong.base.Actor;
import org.fugong.base.CreditCodes;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the people and enterprises a test needs, through the real services and API. */
public final class TestData {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final UserService users;
    private final EnterpriseService enterprises;
    private final Api api;

    public TestData(UserService users, EnterpriseService enterprises, Api api) {
        this.users = users;
        this.enterprises = enterprises;
        this.api = api;
    }

    /** A console user with these roles and the password "password-1". */
    public StaffUser staff(String username, Role... roles) {
        return users.createIfAbsent(new NewUser(username, "password-1", username, Set.of(roles), null)).orElseThrow();
    }

    public StaffUser hr(String username, String enterpriseId) {
        return users.createIfAbsent(new NewUser(username, "password-1", username, Set.of(Role.HR), enterpriseId)).orElseThrow();
    }

    /** A console user with these roles, signed in: their access token. */
    public String signedInStaff(String username, Role... roles) {
        staff(username, roles);
        return api.staffToken(username, "password-1");
    }

    /** An HR user of the enterprise, signed in: their access token. */
    public String signedInHr(String username, String enterpriseId) {
        hr(username, enterpriseId);
        return api.staffToken(username, "password-1");
    }

    public Enterprise enterprise(String name, StaffUser official, boolean key) {
        return enterprise(name, official, official, key);
    }

    /** An enterprise whose task force is led by {@code leader}, with {@code specialist} as its 专员. */
    public Enterprise enterprise(String name, StaffUser leader, StaffUser specialist, boolean key) {
        Actor actor = leader.toActor();
        return enterprises.create(new NewEnterprise(name, creditCode(), "manufacturing", "赤坎区", key, 500,
                leader.username(), specialist.username()), actor);
    }

    /** A unique, valid unified social credit code. */
    public static String creditCode() {
        String first17 = String.format("91440800%09d", sequence.incrementAndGet());
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** A unique mainland mobile number. */
    public static String phone() {
        return String.format("+86139%08d", sequence.incrementAndGet() * 7919 % 100_000_000);
    }

    /** A signed-in worker with a profile and one Android device whose FCM token is {@code token}. */
    public Worker worker(String token, String district, List<String> skills, String status, List<String> subscriptions) {
        String phone = phone();
        String access = api.signIn(phone);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "工人" + sequence.incrementAndGet());
        profile.put("hometown", Map.of("province", "广西壮族自治区", "city", "玉林市"));
        profile.put("district", district);
        profile.put("industries", List.of("manufacturing"));
        profile.put("skills", skills);
        profile.put("employmentStatus", status);
        profile.put("locale", "zh-CN");
        if (subscriptions != null) {
            profile.put("subscriptions", subscriptions);
        }
        Api.Reply me = api.put("/api/v1/me").as(access).json(profile).send();
        if (me.status() != 200) {
            throw new IllegalStateException("profile update failed: " + me);
        }
        if (token != null) {
            Api.Reply device = api.put("/api/v1/me/devices/install-" + token).as(access)
                    .json(Map.of("platform", "ANDROID", "fcmToken", token, "locale", "zh-CN", "appVersion", "1.0.0")).send();
            if (device.status() != 200) {
                throw new IllegalStateException("device registration failed: " + device);
            }
        }
        return new Worker(me.text("id"), phone, access, token);
    }

    public Worker worker(String token, String district) {
        return worker(token, district, List.of("welding"), "SEEKING", null);
    }

    /** A worker as a test holds them: id, phone, access token and device token. */
    public record Worker(String id, String phone, String accessToken, String deviceToken) {
    }
}
