package org.fugong.response;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.NotFoundException;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A notice's responses download as a CSV file officials open in Excel: UTF-8 with a byte-order mark,
 * headed in the official's language, one row per response of any kind, phone numbers masked; only for
 * those who may review the responses.
 */
class ResponseExportTest extends IntegrationTest {

    @Autowired
    ResponseExport responses;

    private StaffUser officialUser;
    private String official;
    private String reviewer;
    private Enterprise factory;

    @BeforeEach
    void people() {
        officialUser = data.staff("csv.official", Role.OFFICIAL);
        official = api.staffToken("csv.official", "password-1");
        reviewer = data.signedInStaff("csv.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江家具厂", officialUser, false);
    }

    @Test
    void applications_export_with_masked_phones_in_the_officials_language() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        TestData.Worker bo = data.worker(null, "赤坎区");
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));
        String first = apply(ada, posting, map("message", "焊工", "expectedSalary", 5500)).text("id");
        apply(bo, posting, map("message", "三年经验"));
        api.patch("/api/v1/admin/responses/" + first).as(official).json(map("status", "ACCEPTED", "note", "=周一报到")).send();

        byte[] csv = responses.responsesCsv(posting, null, officialUser.toActor(), Locale.forLanguageTag("zh-CN"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("序号,回应类型,状态,姓名,手机号,户籍地,企业,填写内容,金额（元）,审核意见,提交时间,审核时间,上车时间,到达交接时间");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,求职申请,已通过,")
                .contains(PhoneNumbers.mask(ada.phone()), "广西壮族自治区玉林市", "期望月薪（元）：5500", "周一报到");
        assertThat(lines.get(2)).startsWith("2,求职申请,已提交,").contains(PhoneNumbers.mask(bo.phone()), "留言：三年经验");
        assertThat(text).doesNotContain(ada.phone().substring(3), bo.phone().substring(3));
        assertThat(text).as("what looks like a formula is not run by Excel").doesNotContain(",=周一报到").contains(",'=周一报到");

        String accepted = new String(responses.responsesCsv(posting, ResponseStatus.ACCEPTED, officialUser.toActor(),
                Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(accepted.lines().toList()).hasSize(2);
        assertThat(accepted.lines().findFirst().orElseThrow()).endsWith(
                "No.,Kind,Status,Name,Phone,Hometown,Enterprise,Details,Amount (yuan),Note,Submitted,Reviewed,Boarded,Arrived and handed over");
        assertThat(accepted).contains("Application,Accepted,", "Expected monthly salary (yuan): 5500");
    }

    @Test
    void enterprise_claims_export_with_the_enterprise_and_the_amount() {
        String hr = data.signedInHr("csv.hr", factory.id());
        String policy = published(map("type", "POLICY",
                "title", map("zh-CN", "一次性吸纳就业补贴"),
                "body", map("zh-CN", "每人 1000 元，每家企业最多 5000 元。"),
                "audience", Notices.everyone(),
                "policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", 1000, "capPerEnterprise", 5000,
                        "deadline", notices.in(Duration.ofDays(10)), "applicant", "ENTERPRISE")));
        api.post("/api/v1/admin/notices/" + policy + "/responses").as(hr)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", 3, "note", "首批"))).send();

        String text = new String(responses.responsesCsv(policy, null, officialUser.toActor(), Locale.forLanguageTag("zh-CN")),
                StandardCharsets.UTF_8);

        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().toList().get(1)).startsWith("1,补贴申请,已提交,,,,湛江家具厂,").contains("人数：3", "备注：首批", "3000.00");
    }

    @Test
    void only_those_who_may_review_the_responses_export_them() {
        Enterprise rival = data.enterprise("湛江木器厂", officialUser, false);
        StaffUser ownHr = data.hr("csv.own.hr", factory.id());
        StaffUser rivalHr = data.hr("csv.rival.hr", rival.id());
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));

        assertThat(responses.responsesCsv(posting, null, ownHr.toActor(), Locale.ENGLISH)).isNotEmpty();
        assertThatThrownBy(() -> responses.responsesCsv(posting, null, rivalHr.toActor(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> responses.responsesCsv("not-an-id", null, officialUser.toActor(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    private String published(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private Api.Reply apply(TestData.Worker worker, String noticeId, Map<String, Object> fields) {
        Api.Reply reply = api.post("/api/v1/notices/" + noticeId + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "apply-" + worker.id()).json(map("kind", "APPLY", "fields", fields)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
