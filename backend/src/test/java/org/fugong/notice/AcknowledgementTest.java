package org.fugong.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise HR users acknowledge ("已阅") notices that target or concern their enterprise; staff see
 * who acknowledged, an HR user only their own enterprise's acknowledgements.
 */
class AcknowledgementTest extends IntegrationTest {

    @Test
    void staff_see_every_acknowledgement_and_hr_users_only_their_enterprises() {
        StaffUser official = data.staff("ack.official", Role.OFFICIAL);
        String reviewer = data.signedInStaff("ack.reviewer", Role.REVIEWER);
        Enterprise alpha = data.enterprise("阿尔法电子厂", official, false);
        Enterprise beta = data.enterprise("贝塔食品厂", official, true);
        Enterprise gamma = data.enterprise("伽马纺织厂", official, false);
        String officialToken = api.staffToken("ack.official", "password-1");
        String alphaHr = data.signedInHr("hr.alpha", alpha.id());
        String betaHr = data.signedInHr("hr.beta", beta.id());
        String gammaHr = data.signedInHr("hr.gamma", gamma.id());

        Map<String, Object> forTwo = notices.announcement("复工复产企业须知",
                map("all", false, "enterpriseIds", list(alpha.id(), beta.id())));
        String id = notices.publish(forTwo, officialToken, reviewer);

        assertThat(api.post("/api/v1/admin/notices/" + id + "/acknowledge").as(alphaHr).send().status()).isEqualTo(204);
        assertThat(api.post("/api/v1/admin/notices/" + id + "/acknowledge").as(alphaHr).send().status())
                .as("acknowledging twice changes nothing").isEqualTo(204);
        assertThat(api.post("/api/v1/admin/notices/" + id + "/acknowledge").as(betaHr).send().status()).isEqualTo(204);

        JsonNode seenByStaff = api.get("/api/v1/admin/notices/" + id).as(officialToken).send().body().path("acknowledgements");
        assertThat(seenByStaff).hasSize(2);
        assertThat(seenByStaff.findValuesAsText("enterpriseName")).containsExactlyInAnyOrder("阿尔法电子厂", "贝塔食品厂");

        JsonNode seenByAlpha = api.get("/api/v1/admin/notices/" + id).as(alphaHr).send().body().path("acknowledgements");
        assertThat(seenByAlpha).hasSize(1);
        assertThat(seenByAlpha.get(0).path("enterpriseId").asText()).isEqualTo(alpha.id());
        assertThat(seenByAlpha.get(0).path("username").asText()).isEqualTo("hr.alpha");

        Api.Reply notTargeted = api.get("/api/v1/admin/notices/" + id).as(gammaHr).send();
        assertThat(notTargeted.status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/notices/" + id + "/acknowledge").as(gammaHr).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/notices").as(gammaHr).send().body().path("items")).isEmpty();
        assertThat(api.post("/api/v1/admin/notices/" + id + "/acknowledge").as(officialToken).send().status())
                .as("only HR users acknowledge for an enterprise").isEqualTo(403);

        String draft = notices.create(notices.announcement("草稿", map("all", false, "enterpriseIds", list(alpha.id()))),
                officialToken);
        assertThat(api.post("/api/v1/admin/notices/" + draft + "/acknowledge").as(alphaHr).send().status())
                .as("drafts are not visible to HR").isEqualTo(404);
    }
}
