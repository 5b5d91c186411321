package org.fugong.reference;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /reference/industries}, {@code /skills} and {@code /regions}: signed-in workers and
 * console users get the lists whole or searched by Chinese, pinyin initials or English; nobody else.
 */
class ReferenceApiTest extends IntegrationTest {

    private static final String REFERENCE = "/api/v1/reference";

    private String worker;

    @BeforeEach
    void signIn() {
        worker = api.signIn("+8613700001234");
    }

    @Test
    void a_worker_finds_the_electrician_by_chinese_pinyin_initials_and_english() {
        assertThat(codes(search("/skills?q=" + q("电工")))).first().isEqualTo("electrician");
        assertThat(codes(search("/skills?q=" + q("dg")))).first().isEqualTo("electrician");
        assertThat(codes(search("/skills?q=" + q("electrician")))).first().isEqualTo("electrician");

        JsonNode electrician = search("/skills?q=" + q("dg")).path("items").get(0);
        assertThat(electrician.path("name").path("zh-CN").asText()).isEqualTo("电工");
        assertThat(electrician.path("name").path("en").asText()).isEqualTo("Electrician");
        assertThat(electrician.path("initials").asText()).isEqualTo("dg");
        assertThat(electrician.path("group").path("name").path("zh-CN").asText()).isEqualTo("生产辅助人员");
    }

    @Test
    void a_worker_finds_manufacturing_by_its_initials_and_sees_which_section_a_division_belongs_to() {
        assertThat(codes(search("/industries?q=" + q("zzy")))).first().isEqualTo("manufacturing");
        assertThat(codes(search("/industries?q=" + q("制造业")))).first().isEqualTo("manufacturing");
        assertThat(codes(search("/industries?q=" + q("Manufacturing")))).first().isEqualTo("manufacturing");

        JsonNode textile = search("/industries?q=" + q("纺织业")).path("items").get(0);
        assertThat(textile.path("code").asText()).isEqualTo("textile");
        assertThat(textile.path("section").asText()).isEqualTo("manufacturing");
        assertThat(textile.path("standardCode").asText()).isEqualTo("17");
    }

    @Test
    void without_a_query_the_whole_list_comes_in_its_order_and_a_search_returns_at_most_the_limit() {
        JsonNode industries = search("/industries");
        assertThat(industries.path("items")).hasSize(117);
        assertThat(industries.path("items").get(0).path("name").path("zh-CN").asText()).isEqualTo("农、林、牧、渔业");
        assertThat(industries.path("nextCursor").isNull()).isTrue();
        assertThat(search("/skills").path("items").size()).isGreaterThanOrEqualTo(300);
        assertThat(search("/skills?q=g&limit=5").path("items")).hasSize(5);

        Api.Reply tooMany = api.get(REFERENCE + "/skills?q=g&limit=1000").as(worker).send();
        assertThat(tooMany.status()).isEqualTo(400);
    }

    @Test
    void the_regions_are_the_servers_gb_t_2260_list() {
        Api.Reply reply = api.get(REFERENCE + "/regions").as(worker).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("max-age");
        List<String> provinces = new ArrayList<>();
        JsonNode zhanjiang = null;
        for (JsonNode province : reply.body().path("provinces")) {
            provinces.add(province.path("name").asText());
            for (JsonNode city : province.path("cities")) {
                if (city.path("name").asText().equals("湛江市")) {
                    zhanjiang = city;
                }
            }
        }
        assertThat(provinces).hasSize(34).contains("广东省", "广西壮族自治区");
        assertThat(zhanjiang).isNotNull();
        assertThat(zhanjiang.path("districts").toString()).contains("赤坎区", "霞山区");
    }

    @Test
    void console_users_read_the_lists_too_and_nobody_without_a_token() {
        String official = data.signedInStaff("ref.official", Role.OFFICIAL);

        assertThat(api.get(REFERENCE + "/skills?q=hg").as(official).send().status()).isEqualTo(200);
        assertThat(api.get(REFERENCE + "/skills").send().status()).isEqualTo(401);
        assertThat(api.get(REFERENCE + "/regions").send().status()).isEqualTo(401);
    }

    private JsonNode search(String path) {
        Api.Reply reply = api.get(REFERENCE + path).as(worker).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private static String q(String typed) {
        return URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }
}
