package org.fugong.base;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    /** Texts made mostly of whitespace of every kind, single and in runs, among letters, CJK and a surrogate pair's halves. */
    @Property(tries = 2_000)
    void whitespace_collapses_as_the_regular_expression_does(
            @ForAll @StringLength(max = 40) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '\u00A0', 'a', '通', '\uD83D', '\uDE00'})
            @CharRange(from = 'x', to = 'z') String text) {
        assertThat(Texts.collapseWhitespace(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Property(tries = 2_000)
    void abbreviating_is_unchanged(
            @ForAll @StringLength(max = 40) @Chars({' ', '\t', '\n', '\r', '\u3000', 'a', '通', '\uD83D', '\uDE00'}) String text,
            @ForAll @IntRange(min = 1, max = 30) int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String expected = flat.codePointCount(0, flat.length()) <= max ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
        assertThat(Texts.abbreviate(text, max)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void a_text_without_runs_is_returned_as_it_is(@ForAll @StringLength(max = 40) @Chars({' ', 'a', '通'}) String text) {
        String single = text.replaceAll(" +", " ");
        assertThat(Texts.collapseWhitespace(single)).isSameAs(single);
    }
}
