package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One decision (accept, waitlist or reject, with one note) on many responses of a notice. Each
 * response is still decided on its own through {@link ResponseReview#review}: checked against its
 * kind and state, audited, and its worker told by push and in the inbox; a refusal of one stops
 * nothing, and the result says which were decided and which were refused, and why.
 */
@Service
public class BulkDecisions {

    private final ResponseReview responses;

    BulkDecisions(ResponseReview responses) {
        this.responses = responses;
    }

    /** A response decided as asked. */
    public record Decided(String responseId, String who) {
    }

    /** A response the decision was refused for, with the service's reason. */
    public record Refused(String responseId, String who, FugongException reason) {
    }

    /** How far a bulk decision has come: {@code done} of {@code total}, counting refusals. */
    public record Progress(int done, int total) {
    }

    public record Outcome(List<Decided> decided, List<Refused> refused) {

        public int total() {
            return decided.size() + refused.size();
        }
    }

    /**
     * Decides the rows in the order given, telling {@code progress} after each.
     *
     * @param rows the rows as the reader chose them (their names are used in the outcome)
     */
    public Outcome decide(List<ResponseRow> rows, ResponseStatus decision, String note, Actor actor,
                          Consumer<Progress> progress) {
        List<Decided> decided = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int done = 0;
        for (ResponseRow row : rows) {
            try {
                responses.review(row.id(), decision, note, actor);
                decided.add(new Decided(row.id(), row.who()));
            } catch (FugongException e) {
                refused.add(new Refused(row.id(), row.who(), e));
            }
            progress.accept(new Progress(++done, rows.size()));
        }
        return new Outcome(List.copyOf(decided), List.copyOf(refused));
    }
}
