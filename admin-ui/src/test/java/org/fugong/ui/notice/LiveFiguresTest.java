package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fugong.testing.TestData;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.Audience;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.Platform;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While a notice goes out to a few thousand workers, its page follows by itself: it polls, and the
 * figures (inbox entries, pushes) and the progress change without anyone clicking refresh.
 */
class LiveFiguresTest extends ConsoleTest {

    private static final int WORKERS = 2000;

    @Autowired
    WorkerService workers;
    @Autowired
    DeviceService devices;
    @Autowired
    NoticeService notices;

    @Test
    void the_notice_page_figures_change_by_themselves_while_a_fan_out_of_two_thousand_workers_runs() {
        StaffUser official = data.user("live.official", "实时工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("live.reviewer", "实时审核员", Role.REVIEWER);
        for (int i = 0; i < WORKERS; i++) {
            String id = workers.findOrCreateByPhone(TestData.phone());
            devices.register(id, "live-install-" + i, new DeviceRegistration(Platform.ANDROID, "live-token-" + i, "zh-CN", "1"));
        }
        Notice draft = notices.create(new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.zh("全市复工安排"),
                LocalizedText.zh("各位务工人员：……"), Audience.everyone(), ResponseKind.NONE, null, null, null, null, null,
                null, null), official.toActor());
        notices.submit(draft.id(), official.toActor());
        login("live.reviewer", "password-1");
        notices.approve(draft.id(), null, reviewer.toActor());
        UI.getCurrent().navigate("notices/" + draft.id());

        DeliveryFigures figures = _get(NoticeDetailView.class).figures();
        assertThat(figures.isPolling()).as("the page polls while the notice goes out").isTrue();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> pushed = new LinkedHashSet<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).pollInSameThread().until(() -> {
            _fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            MockVaadin.runUIQueue();
            seen.add(text("stat-targeted"));
            pushed.add(text("stat-sent"));
            return text("stat-targeted").equals("2,000") && text("stat-sent").equals("2,000");
        });
        assertThat(seen).as("targeted, as the page showed it poll after poll").hasSizeGreaterThan(1);
        assertThat(pushed).as("pushed, as the page showed it poll after poll").hasSizeGreaterThan(2);
        assertThat(_get(Span.class, spec -> spec.withId("delivery-rate")).getText()).contains("2,000");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
