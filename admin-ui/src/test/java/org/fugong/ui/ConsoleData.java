package org.fugong.ui;

import fugong.testing.TestData;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.notice.InboxService;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.worker.Audience;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * The people, enterprises and notices the console's tests need, made through the real services.
 * Every console user's password is {@value #PASSWORD}; workers live in 赤坎区 and come from 玉林.
 * {@link ConsoleTest} gives every console test one.
 */
public class ConsoleData {

    public static final String PASSWORD = "password-1";
    public static final String DISTRICT = "赤坎区";
    /** Where every test bus picks its passengers up. */
    public static final String PICKUP = "玉林汽车总站";

    private final UserService users;
    private final EnterpriseService enterprises;
    private final WorkerService workers;
    private final DeviceService devices;
    private final NoticeService notices;
    private final InboxService inbox;

    public ConsoleData(UserService users, EnterpriseService enterprises, WorkerService workers, DeviceService devices,
                NoticeService notices, InboxService inbox) {
        this.users = users;
        this.enterprises = enterprises;
        this.workers = workers;
        this.devices = devices;
        this.notices = notices;
        this.inbox = inbox;
    }

    public StaffUser user(String username, String displayName, Role... roles) {
        return users.createIfAbsent(new NewUser(username, PASSWORD, displayName, Set.of(roles), null)).orElseThrow();
    }

    public StaffUser hr(String username, String displayName, String enterpriseId) {
        return users.createIfAbsent(new NewUser(username, PASSWORD, displayName, Set.of(Role.HR), enterpriseId)).orElseThrow();
    }

    public Enterprise enterprise(String name, StaffUser leader, boolean key) {
        return enterprises.create(new NewEnterprise(name, TestData.creditCode(), "manufacturing", DISTRICT, key, 300,
                leader.username(), leader.username()), leader.toActor());
    }

    /** A worker with a name and, when {@code token} is given, an Android phone with that FCM token. */
    public String worker(String name, String token) {
        return worker(name, TestData.phone(), token);
    }

    /** A worker with a name and this phone number (as a page shows it masked), with an Android phone when {@code token} is given. */
    public String worker(String name, String phone, String token) {
        String id = workers.findOrCreateByPhone(phone);
        workers.update(id, new ProfileUpdate(name, new Place("广西壮族自治区", "玉林市"), DISTRICT, List.of("manufacturing"),
                List.of("welding"), EmploymentStatus.SEEKING, null, "zh-CN", null));
        if (token != null) {
            devices.register(id, "install-" + token, new DeviceRegistration(Platform.ANDROID, token, "zh-CN", "1.0"));
        }
        return id;
    }

    public static Audience ourDistrict() {
        return Audience.filter(null, null, List.of(DISTRICT), null, null, null, null);
    }

    public NoticeDraft announcement(String zh, String en) {
        return new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.of(zh, en), LocalizedText.of("正文：" + zh, en),
                ourDistrict(), ResponseKind.NONE, null, null, null, null, null, null, null);
    }

    public NoticeDraft posting(String zh, String en, Enterprise employer) {
        return new NoticeDraft(NoticeType.JOB_POSTING, LocalizedText.of(zh, en), LocalizedText.of("诚聘" + zh, en),
                ourDistrict(), ResponseKind.APPLY, null, null, null, null, null, null,
                new JobPosting(employer.id(), zh, 50, 5000, 8000, null));
    }

    public NoticeDraft bus(String zh, String en, Instant departs, int seats) {
        return bus(zh, en, departs, seats, null);
    }

    /** A bus from 玉林 to 湛江, picking up at 玉林汽车总站, whose passengers start work at {@code receivingEnterpriseId} if given. */
    public NoticeDraft bus(String zh, String en, Instant departs, int seats, String receivingEnterpriseId) {
        return new NoticeDraft(NoticeType.RETURN_BUS, LocalizedText.of(zh, en), LocalizedText.of("免费乘坐。", "Free of charge."),
                ourDistrict(), ResponseKind.SEAT_BOOKING, null, null, null, null,
                new ReturnBus(new Place("广西壮族自治区", "玉林市"), new Place("广东省", "湛江市"), departs, seats,
                        List.of(PICKUP), null, receivingEnterpriseId), null, null);
    }

    /** Written by the official, approved by the reviewer, and (when it targets anyone) delivered to {@code awaited}. */
    public Notice publish(NoticeDraft draft, Actor official, Actor reviewer, Collection<String> awaited) {
        Notice notice = notices.create(draft, official);
        notices.submit(notice.id(), official);
        Notice published = notices.approve(notice.id(), null, reviewer);
        await().atMost(Duration.ofSeconds(30)).until(() -> awaited.stream().allMatch(w -> inbox.isDelivered(published.id(), w)));
        return published;
    }
}
