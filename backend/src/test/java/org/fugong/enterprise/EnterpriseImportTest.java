package org.fugong.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.NotAllowedException;
import org.fugong.base.Paging;
import org.fugong.base.RejectedLine;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enterprise import: all of a file's enterprises or none. Every bad line is reported with the reason
 * (also duplicates within the file and against the registry) and then nothing is written; two imports
 * racing for the same credit codes never leave half a file behind; Excel's files read correctly.
 */
class EnterpriseImportTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/admin/enterprises:import";
    private static final String HEADER = "name,creditCode,industry,district,key,headcount,taskForceLeader,specialist\n";

    @Autowired
    AuditLog audit;

    private StaffUser officialUser;
    private String official;

    @BeforeEach
    void people() {
        officialUser = data.staff("ent.official", Role.OFFICIAL);
        data.staff("ent.specialist", Role.OFFICIAL);
        official = api.staffToken("ent.official", "password-1");
    }

    @Test
    void a_clean_file_registers_every_enterprise() {
        String first = TestData.creditCode();
        String second = TestData.creditCode();
        String csv = "\uFEFF" + HEADER
                + "湛江市康宁医疗器械有限公司," + first.toLowerCase() + ",Medical,赤坎区,是,320,ent.official,ent.specialist\r\n"
                + "\"广东粤西纺织有限公司（湛江）\"," + second + ",textile,,否,,ent.official,ent.official\r\n";

        Api.Reply reply = api.post(IMPORT).as(official).raw(csv, "text/csv").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.body().path("created").asInt()).isEqualTo(2);
        assertThat(reply.body().path("rejected")).isEmpty();
        Enterprise medical = enterprises.findByCreditCode(first).orElseThrow();
        assertThat(medical.name()).isEqualTo("湛江市康宁医疗器械有限公司");
        assertThat(medical.industry()).isEqualTo("medical");
        assertThat(medical.key()).isTrue();
        assertThat(medical.headcount()).isEqualTo(320);
        assertThat(medical.specialist()).isEqualTo("ent.specialist");
        Enterprise textile = enterprises.findByCreditCode(second).orElseThrow();
        assertThat(textile.name()).isEqualTo("广东粤西纺织有限公司（湛江）");
        assertThat(textile.key()).isFalse();
        assertThat(textile.district()).isNull();
        assertThat(audit.list(medical.id(), Paging.first(5)).items()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("enterprise.create");
            assertThat(e.actorName()).isEqualTo("ent.official");
        });
    }

    @Test
    void the_industry_may_be_given_by_its_chinese_or_english_name() {
        String seafood = TestData.creditCode();
        String shoes = TestData.creditCode();
        String csv = HEADER
                + "湛江海鲜加工厂," + seafood + ",农副食品加工业,霞山区,否,80,ent.official,ent.specialist\n"
                + "吴川鞋业有限公司," + shoes + ",\"Manufacture of leather, fur, feather and related products, and footwear\",,否,300,ent.official,ent.specialist\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));

        EnterpriseService.ImportResult result = enterprises.importCsv(new ByteArrayInputStream(gbk), officialUser.toActor());
        EnterpriseService.ImportResult unknown = enterprises.importCsv(utf8(HEADER + "五金厂," + TestData.creditCode()
                + ",五金,,,,ent.official,ent.specialist\n"), officialUser.toActor());

        assertThat(result.accepted()).as(result.toString()).isTrue();
        assertThat(enterprises.findByCreditCode(seafood).orElseThrow().industry()).isEqualTo("agri-food-processing");
        assertThat(enterprises.findByCreditCode(shoes).orElseThrow().industry()).isEqualTo("leather-footwear");
        assertThat(unknown.rejected()).extracting(RejectedLine::reason).containsExactly("industry：没有“五金”这个行业，请从行业列表中选择。");
    }

    @Test
    void one_bad_line_and_nothing_is_written_while_every_bad_line_is_reported() {
        Enterprise registered = data.enterprise("已登记的厂", officialUser, false);
        String good = TestData.creditCode();
        String twice = TestData.creditCode();
        String csv = HEADER
                + "好企业," + good + ",manufacturing,赤坎区,0,100,ent.official,ent.specialist\n"
                + "坏代码,91440800MA4UQ8XX1X,manufacturing,赤坎区,0,100,ent.official,ent.specialist\n"
                + "无人负责," + TestData.creditCode() + ",manufacturing,赤坎区,0,100,nobody,ent.specialist\n"
                + "错区县," + TestData.creditCode() + ",manufacturing,火星区,0,100,ent.official,ent.specialist\n"
                + "第一次," + twice + ",manufacturing,赤坎区,0,100,ent.official,ent.specialist\n"
                + "第二次," + twice + ",manufacturing,赤坎区,0,100,ent.official,ent.specialist\n"
                + "已登记," + registered.creditCode() + ",manufacturing,赤坎区,0,100,ent.official,ent.specialist\n"
                + "怪字段," + TestData.creditCode() + ",Manufacturing!,赤坎区,maybe,many,ent.official,ent.specialist\n"
                + ",,,,,,,\n"
                + "多一列," + TestData.creditCode() + ",manufacturing,赤坎区,0,100,ent.official,ent.specialist,额外\n";
        long before = enterprises.count();

        Api.Reply reply = api.post(IMPORT).as(official).raw(csv, "text/csv").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("detail").asText()).contains("7");
        Map<Integer, String> reasons = reasons(reply);
        assertThat(reasons.keySet()).containsExactly(3, 4, 5, 7, 8, 9, 11);
        assertThat(reasons.get(3)).startsWith("creditCode：");
        assertThat(reasons.get(4)).startsWith("taskForceLeader：").contains("nobody");
        assertThat(reasons.get(5)).startsWith("district：");
        assertThat(reasons.get(7)).startsWith("creditCode：").contains("第 6 行");
        assertThat(reasons.get(8)).startsWith("creditCode：").contains(registered.creditCode());
        assertThat(reasons.get(9)).contains("key：", "headcount：", "industry：");
        assertThat(reasons.get(11)).startsWith("line：");
        assertThat(StreamSupport.stream(reply.body().path("errors").spliterator(), false).map(e -> e.path("field").asText()))
                .contains("line 3", "line 11");
        assertThat(enterprises.count()).isEqualTo(before);
        assertThat(enterprises.findByCreditCode(good)).isEmpty();
    }

    @Test
    void the_service_hands_the_console_the_same_report_in_its_language() {
        String csv = HEADER + "某厂,123,manufacturing,,,,ent.official,ent.specialist\n";

        EnterpriseService.ImportResult result = enterprises.importCsv(utf8(csv), officialUser.toActor(), java.util.Locale.ENGLISH);
        EnterpriseService.ImportResult inChinese = enterprises.importCsv(utf8(csv), officialUser.toActor());

        assertThat(result.accepted()).isFalse();
        assertThat(result.created()).isZero();
        assertThat(result.rejected()).extracting(RejectedLine::line).containsExactly(2);
        assertThat(result.rejected().get(0).reason()).startsWith("creditCode: Not a valid unified social credit code");
        assertThat(inChinese.rejected().get(0).reason()).startsWith("creditCode：统一社会信用代码无效");
    }

    @Test
    void excels_gbk_file_reads_correctly() {
        String code = TestData.creditCode();
        byte[] gbk = (HEADER + "湛江市霞山区海鲜加工厂," + code + ",food,霞山区,否,80,ent.official,ent.specialist\r\n")
                .getBytes(Charset.forName("GBK"));

        EnterpriseService.ImportResult result = enterprises.importCsv(new ByteArrayInputStream(gbk), officialUser.toActor());

        assertThat(result.accepted()).as(result.toString()).isTrue();
        assertThat(result.created()).isEqualTo(1);
        Enterprise plant = enterprises.findByCreditCode(code).orElseThrow();
        assertThat(plant.name()).isEqualTo("湛江市霞山区海鲜加工厂");
        assertThat(plant.district()).isEqualTo("霞山区");
    }

    @Test
    void a_header_without_a_required_column_refuses_the_file() {
        Api.Reply reply = api.post(IMPORT).as(official)
                .raw("name,creditCode,industry,taskForceLeader\n某厂," + TestData.creditCode() + ",food,ent.official\n", "text/csv")
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("errors").get(0).path("field").asText()).isEqualTo("header");
        assertThat(reply.body().path("errors").get(0).path("message").asText()).contains("specialist");
        assertThat(enterprises.count()).isZero();
    }

    @Test
    void only_officials_and_admins_import_enterprises() {
        Enterprise own = data.enterprise("自己的厂", officialUser, false);
        data.hr("ent.hr", own.id());
        data.staff("ent.reviewer", Role.REVIEWER);
        String csv = HEADER + "某厂," + TestData.creditCode() + ",food,,,,ent.official,ent.specialist\n";

        assertThat(api.post(IMPORT).as(api.staffToken("ent.hr", "password-1")).raw(csv, "text/csv").send().status())
                .isEqualTo(403);
        assertThat(api.post(IMPORT).as(api.staffToken("ent.reviewer", "password-1")).raw(csv, "text/csv").send().status())
                .isEqualTo(403);
        Actor hrActor = users.findByUsername("ent.hr").orElseThrow().toActor();
        assertThatThrownBy(() -> enterprises.importCsv(utf8(csv), hrActor)).isInstanceOf(NotAllowedException.class);
        assertThat(enterprises.count()).isEqualTo(1);
    }

    @Test
    void imports_racing_for_the_same_credit_codes_never_leave_half_a_file() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add("竞争企业" + i + "," + TestData.creditCode() + ",manufacturing,,,,ent.official,ent.specialist\n");
        }
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        String forwards = HEADER + String.join("", lines);
        String backwards = HEADER + String.join("", reversed);
        Actor actor = officialUser.toActor();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<EnterpriseService.ImportResult> results = new ArrayList<>();
        try {
            List<Future<EnterpriseService.ImportResult>> running = new ArrayList<>();
            for (String file : List.of(forwards, backwards)) {
                running.add(pool.submit(() -> {
                    start.await();
                    return enterprises.importCsv(utf8(file), actor);
                }));
            }
            start.countDown();
            for (Future<EnterpriseService.ImportResult> result : running) {
                results.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results).allSatisfy(r -> assertThat(r.created()).isIn(0, 60));
        assertThat(results).allSatisfy(r -> assertThat(r.accepted()).isEqualTo(r.created() == 60));
        assertThat(results).filteredOn(EnterpriseService.ImportResult::accepted).hasSizeLessThanOrEqualTo(1);
        assertThat(enterprises.count()).as("all of the file or none of it").isIn(0L, 60L);
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, String> reasons(Api.Reply reply) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (JsonNode r : reply.body().path("rejected")) {
            reasons.put(r.path("line").asInt(), r.path("reason").asText());
        }
        return reasons;
    }
}
