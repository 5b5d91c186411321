package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalKeysTest {

    /** A document as the wire decoder gives it: every field name a string of its own. */
    private static Document decoded(String installation) {
        Document outcome = new Document(new String("i"), installation).append(new String("o"), "SENT")
                .append(new String("t"), 1);
        List<Object> outcomes = new ArrayList<>(List.of(outcome));
        return new Document(new String("_id"), "batch-" + installation)
                .append(new String("outcomes"), outcomes)
                .append(new String("sent"), 1);
    }

    @Test
    void documents_decoded_apart_keep_one_string_per_field_name_with_their_values_and_order() {
        Document first = decoded("a");
        Document second = decoded("b");

        CanonicalKeys.share(first);
        CanonicalKeys.share(second);

        assertThat(first).isEqualTo(decoded("a"));
        assertThat(List.copyOf(second.keySet())).containsExactly("_id", "outcomes", "sent");
        List<String> firstKeys = List.copyOf(first.keySet());
        List<String> secondKeys = List.copyOf(second.keySet());
        for (int i = 0; i < firstKeys.size(); i++) {
            assertThat(secondKeys.get(i)).isSameAs(firstKeys.get(i));
        }
        Document firstOutcome = (Document) ((List<?>) first.get("outcomes")).get(0);
        Document secondOutcome = (Document) ((List<?>) second.get("outcomes")).get(0);
        assertThat(secondOutcome.keySet().iterator().next()).isSameAs(firstOutcome.keySet().iterator().next());
        assertThat(secondOutcome).containsEntry("i", "b").containsEntry("o", "SENT");
    }

    @Test
    void long_names_are_left_as_they_are() {
        String path = new String("e." + "0123456789abcdef01234567" + ".p.more.than.thirty.two");
        assertThat(CanonicalKeys.name(path)).isSameAs(path);
    }
}
