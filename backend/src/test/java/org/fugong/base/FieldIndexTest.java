package org.fugong.base;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field index hands a query only the documents that may hold one of its strings, within its id
 * range and in id order, and keeps that true as documents change; what the collection then answers
 * is checked against the library in {@link KeyedMemoryCollectionTest}.
 */
class FieldIndexTest {

    private final FieldIndex index = new FieldIndex("district_1", List.of(new IndexKey("district", true)));
    private final List<ObjectId> ids = new ArrayList<>();

    private ObjectId id(int i) {
        while (ids.size() <= i) {
            ids.add(new ObjectId(String.format("%024x", 0x6500_0000L + ids.size())));
        }
        return ids.get(i);
    }

    private Document worker(int i, Object district) {
        Document worker = new Document("_id", id(i));
        if (district != null) {
            worker.append("district", district);
        }
        index.add(worker, 100 + i, null);
        return worker;
    }

    private List<Integer> candidates(Set<String> districts, Document query, boolean descending) {
        return index.candidates(districts, query, descending).toList();
    }

    @Test
    void a_query_reads_only_the_documents_holding_its_strings_in_id_order_within_its_range() {
        worker(0, "霞山区");
        worker(1, "赤坎区");
        worker(2, List.of("赤坎区", "霞山区"));
        worker(3, null);
        worker(4, 7);
        worker(5, List.of("麻章区", 7));
        worker(6, "霞山区");
        worker(7, new Document("name", "霞山区"));

        // 5 holds something else than strings: the library's matcher decides it, so every query reads it
        assertThat(candidates(Set.of("霞山区"), new Document(), false)).containsExactly(100, 102, 105, 106);
        assertThat(candidates(Set.of("霞山区", "赤坎区"), new Document(), false)).containsExactly(100, 101, 102, 105, 106);
        assertThat(candidates(Set.of("霞山区", "赤坎区"), new Document(), true)).containsExactly(106, 105, 102, 101, 100);
        Document range = new Document("$and", List.of(new Document("_id", new Document("$gt", id(0))),
                new Document("_id", new Document("$lte", id(5)))));
        assertThat(candidates(Set.of("霞山区", "赤坎区"), range, false)).containsExactly(101, 102, 105);
        assertThat(candidates(Set.of("坡头区"), new Document("_id", new Document("$gt", id(5))), false)).isEmpty();
        assertThat(candidates(Set.of(), new Document(), false)).containsExactly(105);
        assertThat(index.estimate(Set.of("霞山区"))).isEqualTo(4);
        // kept: 0, 1, 2, 5, 6; a missing field, null, a number and a document never equal a string
        assertThat(index.getCount()).isEqualTo(5);
    }

    @Test
    void an_update_moves_a_document_and_a_removal_gives_back_its_position() {
        Document before = worker(0, "霞山区");
        worker(1, "霞山区");
        Document after = new Document("_id", id(0)).append("district", "赤坎区");

        index.updateInPlace(before, after, 100, null);

        assertThat(candidates(Set.of("霞山区"), new Document(), false)).containsExactly(101);
        assertThat(candidates(Set.of("赤坎区"), new Document(), false)).containsExactly(100);
        assertThat(index.remove(after)).isEqualTo(100);
        assertThat(index.remove(new Document("_id", id(3)))).isNull();
        assertThat(candidates(Set.of("赤坎区"), new Document(), false)).isEmpty();
        assertThat(index.getCount()).isEqualTo(1);
    }

    @Test
    void ids_of_another_kind_stop_the_index_for_good() {
        worker(0, "霞山区");
        index.add(new Document("_id", "w-1").append("district", "霞山区"), 200, null);

        assertThat(index.usable()).isFalse();
        assertThat(index.getCount()).isZero();
        assertThat(index.remove(new Document("_id", id(0)).append("district", "霞山区"))).isNull();
    }
}
