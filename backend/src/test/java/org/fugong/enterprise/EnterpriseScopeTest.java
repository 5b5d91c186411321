package org.fugong.enterprise;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.bson.types.ObjectId;
import org.fugong.base.Actor;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enterprise scope: an HR user of enterprise A works with A's requests and snapshots, and to them
 * enterprise B, its requests and its snapshots do not exist (404, the same answer as for what is
 * really not there); they cannot write to B either, and the enterprise list shows only A.
 */
class EnterpriseScopeTest extends IntegrationTest {

    private static final String ADMIN = "/api/v1/admin";

    @Autowired
    EnterpriseRequestService requests;

    @Autowired
    StaffingService staffing;

    private Enterprise a;
    private Enterprise b;
    private Actor hrOfA;
    private String hr;
    private String bRequest;
    private LocalDate today;

    @BeforeEach
    void twoEnterprises() {
        StaffUser official = data.staff("scope.official", Role.OFFICIAL);
        a = data.enterprise("甲厂", official, false);
        b = data.enterprise("乙厂", official, true);
        hrOfA = data.hr("scope.hr", a.id()).toActor();
        hr = api.staffToken("scope.hr", "password-1");
        today = staffing.today();
        bRequest = requests.raise(b.id(), new NewRequest(RequestCategory.TRANSPORT, "乙厂的诉求", null, null),
                official.toActor()).id();
        staffing.report(b.id(), today, new StaffingReport(70, 300, 20, Map.of(), "乙厂的问题"), official.toActor());
        requests.raise(a.id(), new NewRequest(RequestCategory.OTHER, "甲厂的诉求", null, null), hrOfA);
    }

    @Test
    void hr_sees_only_its_own_enterprise_in_the_enterprise_list() {
        Api.Reply list = api.get(ADMIN + "/enterprises").as(hr).send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(list.body().path("items").spliterator(), false).map(e -> e.path("id").asText()))
                .containsExactly(a.id());
        assertThat(api.get(ADMIN + "/enterprises/" + a.id()).as(hr).send().status()).isEqualTo(200);
        assertThat(api.get(ADMIN + "/enterprises/" + b.id()).as(hr).send().status()).isEqualTo(404);
    }

    @Test
    void hr_cannot_see_another_enterprises_requests() {
        Api.Reply list = api.get(ADMIN + "/enterprises/" + b.id() + "/requests").as(hr).send();
        Api.Reply one = api.get(ADMIN + "/requests/" + bRequest).as(hr).send();
        Api.Reply missing = api.get(ADMIN + "/requests/" + new ObjectId()).as(hr).send();
        Api.Reply export = api.get(ADMIN + "/requests:export?enterpriseId=" + b.id()).as(hr).send();

        assertThat(list.status()).isEqualTo(404);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.text("type")).as("the same answer as for a request that does not exist").isEqualTo(missing.text("type"));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.raw().body().lines().count()).as("the header only").isEqualTo(1);
        assertThat(api.get(ADMIN + "/enterprises/" + a.id() + "/requests").as(hr).send().body().path("items")).hasSize(1);
        assertThat(requests.find(RequestFilter.all(), 0, 10, hrOfA)).extracting(EnterpriseRequest::enterpriseId)
                .containsOnly(a.id());
        assertThatThrownBy(() -> requests.queue(hrOfA, 10)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void hr_cannot_write_to_another_enterprises_requests() {
        Api.Reply raise = api.post(ADMIN + "/enterprises/" + b.id() + "/requests").as(hr)
                .json(map("category", "OTHER", "text", "冒充乙厂")).send();
        Api.Reply reply = api.post(ADMIN + "/requests/" + bRequest + "/messages").as(hr).json(map("text", "偷看")).send();
        Api.Reply status = api.post(ADMIN + "/requests/" + bRequest + "/status").as(hr).json(map("status", "OPEN")).send();

        assertThat(List.of(raise.status(), reply.status(), status.status())).containsOnly(404);
        Actor staff = users.findByUsername("scope.official").orElseThrow().toActor();
        assertThat(requests.count(new RequestFilter(null, null, b.id()), staff)).isEqualTo(1);
        assertThat(requests.get(bRequest, staff).messages()).isEmpty();
        assertThat(requests.get(bRequest, staff).status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void hr_cannot_see_or_report_another_enterprises_snapshots() {
        String bSnapshots = ADMIN + "/enterprises/" + b.id() + "/snapshots";

        Api.Reply trend = api.get(bSnapshots).as(hr).send();
        Api.Reply day = api.get(bSnapshots + "/" + today).as(hr).send();
        Api.Reply report = api.put(bSnapshots + "/" + today).as(hr)
                .json(map("capacityUtilisation", 1, "totalStaff", 1, "shortfall", 999)).send();

        assertThat(List.of(trend.status(), day.status(), report.status())).containsOnly(404);
        Actor staff = users.findByUsername("scope.official").orElseThrow().toActor();
        assertThat(staffing.latest(b.id(), staff)).get().extracting(StaffingSnapshot::shortfall).isEqualTo(20);
        assertThatThrownBy(() -> staffing.latest(b.id(), hrOfA)).isInstanceOf(NotFoundException.class);
        assertThat(api.put(ADMIN + "/enterprises/" + a.id() + "/snapshots/" + today).as(hr)
                .json(map("capacityUtilisation", 90, "totalStaff", 120, "shortfall", 5)).send().status())
                .as("its own enterprise it reports").isEqualTo(200);
    }
}
