package org.fugong.push.internal;

import org.fugong.push.PushOutcome;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PushBatchDocumentTest {

    @Test
    void columns_read_back_as_one_outcome_per_message_in_the_order_sent() {
        PushBatchDocument batch = new PushBatchDocument();
        batch.attempt = 2;
        batch.devices = List.of("install-a", "install-b", "install-c");
        batch.workers = List.of("worker-a", "worker-b", "worker-c");
        batch.messageIds = Arrays.asList("projects/p/messages/1", null, "projects/p/messages/3");
        batch.errors = Arrays.asList(null, "UNREGISTERED", null);

        assertThat(batch.outcomes()).containsExactly(
                new PushBatchDocument.Outcome("install-a", "worker-a", PushOutcome.SENT, "projects/p/messages/1", null, 2),
                new PushBatchDocument.Outcome("install-b", "worker-b", PushOutcome.FAILED, null, "UNREGISTERED", 2),
                new PushBatchDocument.Outcome("install-c", "worker-c", PushOutcome.SENT, "projects/p/messages/3", null, 2));
    }

    @Test
    void a_simulated_batch_without_failures_has_no_error_column() {
        PushBatchDocument batch = new PushBatchDocument();
        batch.attempt = 1;
        batch.simulated = true;
        batch.devices = List.of("install-a");
        batch.workers = List.of("worker-a");
        batch.messageIds = List.of("simulated-1");

        assertThat(batch.outcomes()).singleElement().extracting(PushBatchDocument.Outcome::o)
                .isEqualTo(PushOutcome.SIMULATED);
    }

    @Test
    void batches_written_before_the_columns_keep_their_outcomes() {
        PushBatchDocument batch = new PushBatchDocument();
        PushBatchDocument.Outcome old = new PushBatchDocument.Outcome("install-a", "worker-a", PushOutcome.SENT, "m", null, 1);
        batch.outcomes = List.of(old);

        assertThat(batch.outcomes()).containsExactly(old);
        assertThat(new PushBatchDocument().outcomes()).isEmpty();
    }
}
