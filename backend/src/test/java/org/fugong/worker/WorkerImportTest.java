package org.fugong.worker;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.fugong.audit.AuditLog;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.base.Uploads;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /admin/workers:import}: an ADMIN imports workers from CSV or NDJSON; each line is a
 * worker matched by phone, created or updated with the fields it gives; a bad line is reported with
 * the reason in the importer's language and leaves nothing behind; the files people actually have
 * (Excel's UTF-8 with BOM, Excel's GBK, quoted line breaks) read correctly; too much is a 413.
 */
class WorkerImportTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/admin/workers:import";
    private static final String HEADER = "phone,name,hometownProvince,hometownCity,district,industries,skills,"
            + "employmentStatus,enterpriseCreditCode,locale\n";

    @Autowired
    WorkerService workers;

    @Autowired
    AuditLog audit;

    private StaffUser officialUser;
    private String admin;
    private String official;

    @BeforeEach
    void people() {
        data.staff("imp.admin", Role.ADMIN);
        officialUser = data.staff("imp.official", Role.OFFICIAL);
        admin = api.staffToken("imp.admin", "password-1");
        official = api.staffToken("imp.official", "password-1");
    }

    @Test
    void good_lines_create_or_update_workers_and_bad_lines_are_reported_without_leaving_a_worker_behind() {
        Enterprise factory = data.enterprise("湛江电子厂", officialUser, false);
        TestData.Worker known = data.worker("tok-known", "赤坎区", List.of("welding"), "SEEKING", List.of("JOB_FAIR"));
        String csv = HEADER
                + "+8613800138001,李四,广西壮族自治区,玉林市,赤坎区,manufacturing;Logistics,welding|forklift,SEEKING,,zh-CN\n"
                + known.phone() + ",张三,,湛江市,霞山区,,,employed," + factory.creditCode().toLowerCase() + ",en\n"
                + "12345,王五,,,,,,,,\n"
                + "+8613800138004,赵六,火星省,,,,,,,\n"
                + "+8613800138005,钱七,,,,,,WORKING,,\n"
                + "+8613800138006,孙八,,,,,,,91440800MA4UQ8XX1X,\n"
                + "+8613800138001,李四又一遍,,,,,,,,\n"
                + "138 0013 8007,周九,,,,,焊接大师,,,fr\n";

        Api.Reply reply = importCsv(csv, "zh-CN");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("created").asInt()).isEqualTo(1);
        assertThat(reply.body().path("updated").asInt()).isEqualTo(1);
        assertThat(rejectedLines(reply)).containsExactly(4, 5, 6, 7, 8, 9);
        Map<Integer, String> reasons = reasons(reply);
        assertThat(reasons.get(4)).startsWith("phone：").contains("手机号");
        assertThat(reasons.get(5)).startsWith("hometownProvince：");
        assertThat(reasons.get(6)).startsWith("employmentStatus：");
        assertThat(reasons.get(7)).startsWith("enterpriseCreditCode：");
        assertThat(reasons.get(8)).contains("第 2 行");
        assertThat(reasons.get(9)).as("every problem of the line").contains("skills：", "locale：");
        for (String phone : List.of("+8613800138004", "+8613800138005", "+8613800138006", "+8613800138007")) {
            assertThat(workers.findIdByPhone(phone)).as(phone).isEmpty();
        }

        WorkerProfile created = workers.profile(workers.findIdByPhone("+8613800138001").orElseThrow());
        assertThat(created.name()).as("the repeated line changed nothing").isEqualTo("李四");
        assertThat(created.hometown()).isEqualTo(new Place("广西壮族自治区", "玉林市"));
        assertThat(created.industries()).containsExactly("manufacturing", "logistics");
        assertThat(created.skills()).containsExactly("welding", "forklift");
        assertThat(created.subscriptions()).containsExactlyInAnyOrder(NoticeType.values());

        WorkerProfile updated = workers.profile(known.id());
        assertThat(updated.name()).isEqualTo("张三");
        assertThat(updated.hometown()).as("the province follows from the city").isEqualTo(new Place("广东省", "湛江市"));
        assertThat(updated.district()).isEqualTo("霞山区");
        assertThat(updated.employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED);
        assertThat(updated.enterpriseId()).isEqualTo(factory.id());
        assertThat(updated.locale()).isEqualTo("en");
        assertThat(updated.skills()).as("an empty cell keeps what the worker had").containsExactly("welding");
        assertThat(updated.subscriptions()).as("the worker's own choice stays").containsExactly(NoticeType.JOB_FAIR);

        assertThat(audit.list(null, Paging.first(5)).items()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("worker.import");
            assertThat(e.actorName()).isEqualTo("imp.admin");
            assertThat(e.details()).containsEntry("created", 1).containsEntry("updated", 1).containsEntry("rejected", 6);
        });
    }

    @Test
    void reasons_are_in_the_importers_language() {
        String csv = HEADER + "+8613800138011,,,,不存在区,,,,,\n";

        String english = reasons(importCsv(csv, "en")).get(2);
        String chinese = reasons(importCsv(csv, "zh-CN")).get(2);

        assertThat(english).isEqualTo("district: Unknown district.");
        assertThat(chinese).isEqualTo("district：未知的区县名称。");
    }

    @Test
    void industries_and_skills_may_be_given_by_their_chinese_or_english_names() {
        String csv = HEADER
                + "+8613800138061,梁小燕,,,,制造业；纺织服装、服饰业,缝纫工|叉车司机|Electrician,,,\n"
                + "+8613800138062,莫大海,,,,物流,电焊大王,,,\n";

        Api.Reply reply = importCsv(csv, "zh-CN");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("created").asInt()).isEqualTo(1);
        WorkerProfile liang = workers.profile(workers.findIdByPhone("+8613800138061").orElseThrow());
        assertThat(liang.industries()).containsExactly("manufacturing", "garment");
        assertThat(liang.skills()).containsExactly("sewing", "forklift", "electrician");
        assertThat(reasons(reply).get(3)).as("a name that is no entry is named back")
                .contains("industries：没有“物流”这个行业", "skills：没有“电焊大王”这个工种");
    }

    @Test
    void excels_utf8_with_a_byte_order_mark_and_chinese_reads_correctly() {
        String csv = "\uFEFFPhone,Name,HometownProvince,HometownCity\r\n"
                + "+8613800138021,陈小明,广西壮族自治区,玉林市\r\n"
                + "\r\n"
                + "+8613800138022,\"林\n小红\",广东省,湛江市\r\n"
                + "+8613800138023,\"黄, 大\",广东省,深圳\r\n";

        Api.Reply reply = importCsv(csv, "zh-CN");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("created").asInt()).isEqualTo(2);
        assertThat(rejectedLines(reply)).as("the line the row starts on, after a blank line and a quoted line break")
                .containsExactly(6);
        WorkerProfile chen = workers.profile(workers.findIdByPhone("+8613800138021").orElseThrow());
        assertThat(chen.name()).isEqualTo("陈小明");
        assertThat(chen.hometown()).isEqualTo(new Place("广西壮族自治区", "玉林市"));
        assertThat(workers.profile(workers.findIdByPhone("+8613800138022").orElseThrow()).name()).isEqualTo("林\n小红");
    }

    @Test
    void excels_gbk_reads_correctly() {
        String csv = HEADER + "+8613800138031,吴国强,广东省,湛江市,赤坎区,,,STUDENT,,\n";

        Api.Reply reply = api.post(IMPORT).as(admin).bytes(csv.getBytes(Charset.forName("GBK")), "text/csv").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("created").asInt()).isEqualTo(1);
        WorkerProfile wu = workers.profile(workers.findIdByPhone("+8613800138031").orElseThrow());
        assertThat(wu.name()).isEqualTo("吴国强");
        assertThat(wu.district()).isEqualTo("赤坎区");
        assertThat(wu.employmentStatus()).isEqualTo(EmploymentStatus.STUDENT);
        assertThat(reply.text("encoding")).as("the importer is told what the file was read as").isEqualTo("GB18030");
    }

    @Test
    void a_declared_gbk_file_is_read_as_such_and_utf8_is_said_to_be_utf8() {
        String csv = HEADER + "+8613800138032,吴国强,广东省,湛江市,赤坎区,,,STUDENT,,\n";

        Api.Reply declared = api.post(IMPORT).as(admin).bytes(csv.getBytes(Charset.forName("GBK")), "text/csv; charset=GBK").send();
        Api.Reply utf8 = api.post(IMPORT).as(admin).bytes(csv.replace("138032", "138033").getBytes(StandardCharsets.UTF_8),
                "text/csv").send();

        assertThat(declared.text("encoding")).isEqualTo("GB18030");
        assertThat(utf8.text("encoding")).isEqualTo("UTF-8");
        assertThat(workers.profile(workers.findIdByPhone("+8613800138032").orElseThrow()).name()).isEqualTo("吴国强");
    }

    @Test
    void bytes_that_are_neither_utf8_nor_gb18030_are_refused_with_their_line_and_nothing_is_imported() {
        byte[] good = (HEADER + "+8613800138034,Rene,广东省,湛江市,赤坎区,,,STUDENT,,\n").getBytes(StandardCharsets.UTF_8);
        // "René" in Latin-1 on line 3: an é (0xE9) before an ASCII comma would pass for a Chinese character in GBK
        byte[] latin1 = "+8613800138035,Ren\u00e9,广东省,湛江市,赤坎区,,,STUDENT,,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[good.length + latin1.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(latin1, 0, file, good.length, latin1.length);

        Api.Reply reply = api.post(IMPORT).as(admin).bytes(file, "text/csv").header("Accept-Language", "en").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().path("errors").get(0).path("message").asText()).contains("Line 3").contains("UTF-8");
        assertThat(workers.findIdByPhone("+8613800138034")).isEmpty();
    }

    @Test
    void ndjson_takes_one_object_a_line_with_lists_as_arrays_or_text() {
        Enterprise factory = data.enterprise("湛江制衣厂", officialUser, true);
        String ndjson = """
                {"phone": "+8613800138041", "name": "何丽", "hometownCity": "玉林市", "skills": ["sewing", "Ironing"], "industries": "textile|garment"}

                {"phone": 13800138042, "enterpriseCreditCode": "%s", "employmentStatus": "EMPLOYED"}
                not json at all
                {"phone": "+8613800138043", "mobile": "x"}
                {"phone": "+8613800138044", "skills": [1, 2]}
                ["+8613800138045"]
                {"phone": "+8613800138041", "district": "麻章区"}
                """.formatted(factory.creditCode());

        Api.Reply reply = api.post(IMPORT).as(admin).raw(ndjson, "application/x-ndjson").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("created").asInt()).isEqualTo(2);
        assertThat(rejectedLines(reply)).as("line numbers count the blank line").containsExactly(4, 5, 6, 7, 8);
        assertThat(reasons(reply).get(5)).startsWith("mobile：");
        assertThat(reasons(reply).get(6)).startsWith("skills：");
        WorkerProfile he = workers.profile(workers.findIdByPhone("+8613800138041").orElseThrow());
        assertThat(he.hometown()).isEqualTo(new Place("广西壮族自治区", "玉林市"));
        assertThat(he.skills()).containsExactly("sewing", "ironing");
        assertThat(he.industries()).containsExactly("textile", "garment");
        assertThat(he.district()).as("a repeated phone is refused, not applied").isNull();
        assertThat(workers.profile(workers.findIdByPhone("+8613800138042").orElseThrow()).enterpriseId()).isEqualTo(factory.id());
        assertThat(workers.findIdByPhone("+8613800138043")).isEmpty();
    }

    @Test
    void a_header_with_an_unknown_or_missing_column_refuses_the_whole_file() {
        Api.Reply unknown = importCsv("phone,mobile,name\n+8613800138051,x,y\n", "zh-CN");
        Api.Reply noPhone = importCsv("name,district\n张三,赤坎区\n", "zh-CN");
        Api.Reply empty = importCsv("", "zh-CN");
        Api.Reply headerOnly = importCsv(HEADER, "zh-CN");
        Api.Reply malformed = importCsv("phone,name\n+8613800138052,\"未闭合\n", "zh-CN");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errorFields(unknown)).containsExactly("header");
        assertThat(unknown.body().path("errors").get(0).path("message").asText()).contains("mobile");
        assertThat(noPhone.status()).isEqualTo(400);
        assertThat(noPhone.body().path("errors").get(0).path("message").asText()).contains("phone");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(headerOnly.status()).isEqualTo(200);
        assertThat(headerOnly.body().path("created").asInt()).isZero();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(workers.findIdByPhone("+8613800138051")).isEmpty();
        assertThat(workers.findIdByPhone("+8613800138052")).isEmpty();
    }

    @Test
    void only_an_admin_imports_workers() {
        Api.Reply byOfficial = api.post(IMPORT).as(official).raw(HEADER + "+8613800138061\n", "text/csv").send();
        Api.Reply anonymous = api.post(IMPORT).raw(HEADER + "+8613800138061\n", "text/csv").send();

        assertThat(byOfficial.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(workers.findIdByPhone("+8613800138061")).isEmpty();
    }

    @Test
    void the_path_with_a_colon_is_mapped_and_takes_only_csv_and_ndjson() {
        Api.Reply csv = importCsv(HEADER + "+8613800138071\n", "zh-CN");
        Api.Reply get = api.get(IMPORT).as(admin).send();
        Api.Reply json = api.post(IMPORT).as(admin).json(Map.of("phone", "+8613800138072")).send();
        Api.Reply otherVerb = api.post("/api/v1/admin/workers:export").as(admin).raw(HEADER, "text/csv").send();

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().path("created").asInt()).isEqualTo(1);
        assertThat(get.status()).isEqualTo(405);
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(otherVerb.status()).isEqualTo(404);
    }

    @Test
    void more_than_fifty_thousand_lines_is_too_large_and_nothing_is_imported() {
        StringBuilder csv = new StringBuilder("phone\n");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i <= Uploads.MAX_LINES; i++) {
            csv.append(String.format("+86139%08d%n", i));
            ndjson.append("{}\n");
        }

        Api.Reply tooManyCsv = importCsv(csv.toString(), "zh-CN");
        Api.Reply tooManyNdjson = api.post(IMPORT).as(admin).raw(ndjson.toString(), "application/x-ndjson").send();

        assertThat(tooManyCsv.status()).isEqualTo(413);
        assertThat(tooManyCsv.contentType()).startsWith("application/problem+json");
        assertThat(tooManyCsv.body().path("detail").asText()).contains("50,000");
        assertThat(tooManyNdjson.status()).isEqualTo(413);
        assertThat(workers.total()).isZero();
    }

    @Test
    void more_than_ten_megabytes_is_too_large() {
        String csv = "phone,name\n+8613800138081," + "名".repeat(Uploads.MAX_BYTES / 3) + "\n";

        Api.Reply reply = importCsv(csv, "en");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("detail").asText()).contains("10 MB");
        assertThat(workers.findIdByPhone("+8613800138081")).isEmpty();
    }

    private Api.Reply importCsv(String csv, String language) {
        return api.post(IMPORT).as(admin).header("Accept-Language", language).raw(csv, "text/csv").send();
    }

    private static List<Integer> rejectedLines(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("rejected").spliterator(), false)
                .map(r -> r.path("line").asInt()).toList();
    }

    private static Map<Integer, String> reasons(Api.Reply reply) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (JsonNode r : reply.body().path("rejected")) {
            reasons.put(r.path("line").asInt(), r.path("reason").asText());
        }
        return reasons;
    }

    private static List<String> errorFields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).distinct().toList();
    }
}
