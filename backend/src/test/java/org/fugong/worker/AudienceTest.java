package org.fugong.worker;

import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Problems;
import org.fugong.worker.internal.WorkerDocument;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audience means the same thing in memory ({@link Audience#matches}) and as the database query
 * the push pipeline streams ({@link WorkerService#count}, {@link AudienceWalk#walk}):
 * AND between fields, OR within one, an empty field does not constrain.
 */
class AudienceTest extends IntegrationTest {

    private static final Place YULIN = new Place("广西壮族自治区", "玉林市");
    private static final Place NANNING = new Place("广西壮族自治区", "南宁市");
    private static final Place ZHANJIANG = new Place("广东省", "湛江市");

    @Autowired
    WorkerService workers;

    @Autowired
    AudienceWalk walk;

    @Test
    void the_database_and_matches_agree_on_who_is_in_an_audience() {
        var official = data.staff("audience.official", org.fugong.base.Role.OFFICIAL);
        String entA = data.enterprise("受众甲厂", official, false).id();
        String entB = data.enterprise("受众乙厂", official, false).id();
        List<WorkerProfile> crowd = List.of(
                worker(YULIN, "赤坎区", List.of("manufacturing"), List.of("welding"), EmploymentStatus.SEEKING, entA),
                worker(YULIN, "霞山区", List.of("logistics"), List.of("driving", "welding"), EmploymentStatus.EMPLOYED, entB),
                worker(NANNING, "赤坎区", List.of("garment"), List.of("sewing"), EmploymentStatus.STUDENT, null),
                worker(ZHANJIANG, "坡头区", List.of(), List.of("cooking"), EmploymentStatus.SEEKING, entA),
                worker(new Place("广东省", null), "麻章区", List.of("catering"), List.of(), null, null),
                worker(null, null, List.of(), List.of(), null, null));

        Map<String, Audience> audiences = Map.ofEntries(
                Map.entry("everyone", Audience.everyone()),
                Map.entry("from Guangxi", filter().provinces("广西壮族自治区").build()),
                Map.entry("from Yulin or Zhanjiang", filter().cities("玉林市", "湛江市").build()),
                Map.entry("living in Chikan", filter().districts("赤坎区").build()),
                Map.entry("in manufacturing", filter().industries("Manufacturing").build()),
                Map.entry("welders or cooks", filter().skills("welding", "cooking").build()),
                Map.entry("students", filter().statuses(EmploymentStatus.STUDENT).build()),
                Map.entry("of enterprise a", filter().enterprises(entA).build()),
                Map.entry("Guangxi welders looking for work",
                        filter().provinces("广西壮族自治区").skills("welding").statuses(EmploymentStatus.SEEKING).build()),
                Map.entry("Guangdong without a city", filter().provinces("广东省").districts("麻章区", "坡头区").build()),
                Map.entry("nobody", filter().districts("霞山区").skills("nursing").build()));

        audiences.forEach((name, audience) -> {
            Set<String> expected = crowd.stream().filter(audience::matches).map(WorkerProfile::id).collect(Collectors.toSet());
            Set<String> streamed = new java.util.HashSet<>();
            walk.walk(audience, null, null, 1000, batch -> streamed.addAll(batch.stream().map(AudienceMember::id).toList()));

            assertThat(workers.count(audience)).as(name).isEqualTo(expected.size());
            assertThat(streamed).as(name).isEqualTo(expected);
        });
        assertThat(workers.count(filter().provinces("广西壮族自治区").build())).isEqualTo(3);
        assertThat(workers.count(filter().skills("welding").statuses(EmploymentStatus.SEEKING).build())).isEqualTo(1);
    }

    @Test
    void the_audience_is_walked_in_ranges_and_batches_without_gaps_or_repeats() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(worker(YULIN, "赤坎区", List.of(), List.of("welding"), EmploymentStatus.SEEKING, null).id());
        }
        worker(YULIN, "赤坎区", List.of(), List.of("cooking"), EmploymentStatus.SEEKING, null);
        Audience welders = filter().skills("welding").build();

        AudienceSplit split = split(welders, 3);
        List<Integer> batchSizes = new ArrayList<>();
        List<String> streamed = walkRanges(welders, split, batchSizes).stream().flatMap(List::stream).toList();

        assertThat(split.size()).isEqualTo(7);
        assertThat(split.ranges()).as("7 welders in ranges of 3").isEqualTo(3);
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(batchSizes).containsExactly(2, 1, 2, 1, 1);
    }

    @Test
    void an_audience_that_fills_its_ranges_exactly_has_no_empty_range_after_them() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(worker(YULIN, "赤坎区", List.of(), List.of("welding"), EmploymentStatus.SEEKING, null).id());
            worker(YULIN, "霞山区", List.of(), List.of("welding"), EmploymentStatus.SEEKING, null);
        }
        Audience welders = filter().districts("赤坎区").build();
        java.util.Collections.sort(ids);

        for (int rangeSize : List.of(1, 2, 3, 4, 6, 7, 100)) {
            AudienceSplit split = split(welders, rangeSize);
            List<List<String>> ranges = walkRanges(welders, split, new ArrayList<>());
            assertThat(ranges).as("by %d", rangeSize).allSatisfy(range -> assertThat(range).isNotEmpty());
            List<String> streamed = ranges.stream().flatMap(List::stream).toList();
            assertThat(split.size()).as("by %d", rangeSize).isEqualTo(6);
            assertThat(split.ranges()).as("by %d", rangeSize).isEqualTo((6 + rangeSize - 1) / rangeSize);
            assertThat(streamed).as("by %d", rangeSize).containsExactlyElementsOf(ids);
            assertThat(split.last()).as("by %d: the last range ends at the audience's last worker", rangeSize)
                    .isEqualTo(ids.get(ids.size() - 1));
        }
        AudienceSplit openLast = split(welders, 3, true);
        assertThat(openLast.ends()).as("a recall's open last range comes after the last full one")
                .containsExactly(ids.get(2), ids.get(5));
        assertThat(openLast.ranges()).isEqualTo(3);
        assertThat(openLast.size()).isEqualTo(6);
        assertThat(split(filter().districts("麻章区").build(), 3)).isEqualTo(new AudienceSplit(List.of(), 0, null));
        assertThat(split(Audience.everyone(), 5).size()).isEqualTo(12);
    }

    @Test
    void the_last_range_ends_at_the_audiences_last_worker_when_it_was_cut() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(worker(YULIN, "赤坎区", List.of(), List.of("welding"), EmploymentStatus.SEEKING, null).id());
        }
        java.util.Collections.sort(ids);
        Audience welders = filter().skills("welding").build();
        AudienceSplit split = split(welders, 2);
        // a welder stored after the cut with an id after every other (ids need not grow with time)
        org.bson.Document newcomer = mongo.getCollection("workers").find(new org.bson.Document("_id", new ObjectId(ids.get(0)))).first();
        newcomer.put("_id", new ObjectId("ffffffffffffffffffffffff"));
        newcomer.put("phoneHash", "newcomer-after-the-cut");
        mongo.getCollection("workers").insertOne(newcomer);

        List<List<String>> ranges = walkRanges(welders, split, new ArrayList<>());

        assertThat(split.ends()).containsExactly(ids.get(1), ids.get(3));
        assertThat(split.last()).isEqualTo(ids.get(4));
        assertThat(ranges.get(2)).as("a sign-up after the cut is the inbox backfill's").containsExactly(ids.get(4));
        assertThat(ranges.stream().flatMap(List::stream)).containsExactlyElementsOf(ids);
        assertThat(split(welders, 10)).as("one range, bounded too")
                .isEqualTo(new AudienceSplit(List.of(), 6, "ffffffffffffffffffffffff"));
    }

    /** Cuts an audience range by range, as the push pipeline's planner does (decision 71). */
    private AudienceSplit split(Audience audience, int rangeSize) {
        return split(audience, rangeSize, false);
    }

    private AudienceSplit split(Audience audience, int rangeSize, boolean openLast) {
        return walk.cut(audience, List.of(), rangeSize, openLast, (index, from, to) -> true);
    }

    /** Walks each range of a split in batches of two: the ids of each range, and the batches' sizes. */
    private List<List<String>> walkRanges(Audience audience, AudienceSplit split, List<Integer> batchSizes) {
        List<List<String>> ranges = new ArrayList<>();
        for (int range = 0; range < split.ranges(); range++) {
            String from = range == 0 ? null : split.ends().get(range - 1);
            String to = range == split.ends().size() ? split.last() : split.ends().get(range);
            List<String> inRange = new ArrayList<>();
            walk.walk(audience, from, to, 2, batch -> {
                batchSizes.add(batch.size());
                batch.forEach(m -> inRange.add(m.id()));
                return true;
            });
            ranges.add(inRange);
        }
        return ranges;
    }

    @Test
    void a_walked_worker_is_the_worker_as_stored_with_their_language_subscriptions_and_devices() {
        data.worker("token-walk-one", "赤坎区");
        data.worker("token-walk-two", "赤坎区", List.of("welding"), "SEEKING", List.of("JOB_FAIR", "RETURN_BUS"));
        data.worker(null, "赤坎区");
        TestData.Worker english = data.worker("token-walk-en", "赤坎区");
        api.put("/api/v1/me/devices/install-token-walk-en-tablet").as(english.accessToken())
                .json(Map.of("platform", "ANDROID", "fcmToken", "token-walk-en-tablet", "locale", "en", "appVersion", "1.0.0")).send();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(english.id()))), new Update().set("locale", "en").unset("subscriptions"),
                WorkerDocument.class);

        List<AudienceMember> walked = new ArrayList<>();
        walk.walk(Audience.everyone(), null, null, 2, walked::addAll);

        assertThat(walked).hasSize(4);
        for (AudienceMember member : walked) {
            WorkerDocument stored = mongo.findById(member.id(), WorkerDocument.class);
            AudienceMember mapped = new AudienceMember(stored.id, stored.locale == null ? "zh-CN" : stored.locale,
                    stored.subscriptions == null ? EnumSet.allOf(NoticeType.class) : stored.subscriptions,
                    PushTargets.targetsOf(stored));
            assertThat(member.locale()).isEqualTo(mapped.locale());
            assertThat(member.subscriptions()).isEqualTo(mapped.subscriptions());
            assertThat(member.targets()).containsExactlyInAnyOrderElementsOf(mapped.targets());
        }
        AudienceMember inEnglish = walked.stream().filter(m -> m.id().equals(english.id())).findFirst().orElseThrow();
        assertThat(inEnglish.locale()).isEqualTo("en");
        assertThat(inEnglish.subscriptions()).containsExactlyInAnyOrder(NoticeType.values());
        assertThat(inEnglish.targets()).extracting(PushTarget::token).containsExactlyInAnyOrder("token-walk-en", "token-walk-en-tablet");
        assertThat(walked).filteredOn(m -> m.targets().isEmpty()).hasSize(1);
        assertThat(walked).flatExtracting(AudienceMember::subscriptions).contains(NoticeType.RETURN_BUS);
    }

    @Test
    void an_audience_is_all_workers_or_a_filter_with_official_names() {
        assertThat(problems(Audience.everyone()).isEmpty()).isTrue();
        assertThat(problems(filter().build()).has("audience")).isTrue();
        assertThat(problems(new Audience(true, List.of("广东省"), null, null, null, null, null, null)).has("audience.all")).isTrue();
        assertThat(problems(filter().provinces("广东").build()).has("audience.hometownProvinces[0]")).isTrue();
        assertThat(problems(filter().cities("湛江").build()).has("audience.hometownCities[0]")).isTrue();
        assertThat(problems(filter().districts("赤坎").build()).has("audience.districts[0]")).isTrue();
        assertThat(problems(filter().skills("welding!").build()).has("audience.skills[0]")).isTrue();
    }

    private static Problems problems(Audience audience) {
        Problems problems = new Problems();
        audience.check("audience", problems);
        return problems;
    }

    private WorkerProfile worker(Place hometown, String district, List<String> industries, List<String> skills,
                                 EmploymentStatus status, String enterpriseId) {
        String id = workers.findOrCreateByPhone(TestData.phone());
        return workers.update(id, new ProfileUpdate("工人", hometown, district, industries, skills, status, enterpriseId,
                "zh-CN", Set.of(NoticeType.values())));
    }

    private static Filter filter() {
        return new Filter();
    }

    /** Builds a filter audience one field at a time. */
    private static final class Filter {
        private List<String> provinces;
        private List<String> cities;
        private List<String> districts;
        private List<String> industries;
        private List<String> skills;
        private List<EmploymentStatus> statuses;
        private List<String> enterprises;

        Filter provinces(String... values) {
            provinces = List.of(values);
            return this;
        }

        Filter cities(String... values) {
            cities = List.of(values);
            return this;
        }

        Filter districts(String... values) {
            districts = List.of(values);
            return this;
        }

        Filter industries(String... values) {
            industries = List.of(values);
            return this;
        }

        Filter skills(String... values) {
            skills = List.of(values);
            return this;
        }

        Filter statuses(EmploymentStatus... values) {
            statuses = List.of(values);
            return this;
        }

        Filter enterprises(String... values) {
            enterprises = List.of(values);
            return this;
        }

        Audience build() {
            return Audience.filter(provinces, cities, districts, industries, skills, statuses, enterprises);
        }
    }
}
