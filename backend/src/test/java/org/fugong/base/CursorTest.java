package org.fugong.base;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors are opaque to clients; whatever comes back that is not one of ours is a 400 on {@code cursor}. */
class CursorTest {

    @Test
    void a_cursor_survives_the_round_trip() {
        String id = new ObjectId().toHexString();
        Cursor cursor = Cursor.decode(Cursor.of("1700000000000", id, "湛江口罩厂").encode());

        assertThat(cursor.longPart(0)).isEqualTo(1_700_000_000_000L);
        assertThat(cursor.idPart(1)).isEqualTo(new ObjectId(id));
        assertThat(cursor.part(2)).isEqualTo("湛江口罩厂");
    }

    @Test
    void an_encoded_cursor_is_safe_in_a_url() {
        assertThat(Cursor.of("a/b+c", "湛江").encode()).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "not base64 at all", "%%", "@@@", "YWJj", "=="})
    void garbage_is_a_bad_cursor(String garbage) {
        assertBadCursor(() -> Cursor.decode(garbage));
    }

    @Test
    void a_cursor_of_another_version_is_a_bad_cursor() {
        String otherVersion = Base64.getUrlEncoder().encodeToString("2\u001f1700000000000".getBytes(StandardCharsets.UTF_8));

        assertBadCursor(() -> Cursor.decode(otherVersion));
    }

    @Test
    void a_cursor_with_fewer_parts_than_its_list_writes_is_a_bad_cursor() {
        Cursor shortOne = Cursor.decode(Cursor.of("1700000000000").encode());

        assertBadCursor(() -> shortOne.part(1));
        assertBadCursor(() -> shortOne.idPart(1));
    }

    @Test
    void parts_of_the_wrong_kind_are_a_bad_cursor() {
        Cursor cursor = Cursor.decode(Cursor.of("yesterday", "not-an-id").encode());

        assertBadCursor(() -> cursor.longPart(0));
        assertBadCursor(() -> cursor.idPart(1));
    }

    @Test
    void a_page_size_outside_one_to_a_hundred_is_bad_input() {
        assertThat(Paging.of(null, null).limit()).isEqualTo(20);
        assertThat(Paging.of(100, "").limit()).isEqualTo(100);
        assertThatThrownBy(() -> Paging.of(0, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("limit"));
        assertThatThrownBy(() -> Paging.of(101, null)).isInstanceOf(InvalidInputException.class);
        assertBadCursor(() -> Paging.of(10, "garbage!"));
    }

    private static void assertBadCursor(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("cursor");
            assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("error.cursor");
        });
    }
}
