package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;

/**
 * What a console user may do with a notice's responses, as data: whether they see the responses
 * and which decisions they may take on them in bulk, whether they see their enterprise's own figures,
 * whether they answer the notice for their enterprise — and, for that enterprise's own answers,
 * whether it joined the fair, may claim more subsidy or withdraw a claim. The rules are
 * {@link ReviewRules}', the ones {@link ResponseService} enforces; a page only shows them.
 */
@Service
public class ResponseActions {

    /**
     * The reader's standing on a notice's responses.
     *
     * @param seeResponses        the notice takes responses and the reader reviews them (staff; HR for their own posting)
     * @param seeOwnFigures       the reader, HR, sees their own applicants' figures (the bureau's delivery figures are not theirs)
     * @param answerForEnterprise the reader, HR, answers it for their enterprise (joins the fair, claims the subsidy)
     * @param bulkDecisions       the decisions the reader may take on several responses at once (empty: none)
     */
    public record OnNotice(boolean seeResponses, boolean seeOwnFigures, boolean answerForEnterprise,
                           Set<ResponseStatus> bulkDecisions) {
    }

    public OnNotice on(Notice notice, Actor actor) {
        boolean reviews = notice.responseKind() != ResponseKind.NONE && ReviewRules.mayReview(notice, actor);
        Set<ResponseStatus> bulk = reviews && ReviewRules.mayDecide(actor)
                ? Set.copyOf(ReviewRules.decisionsFor(notice.responseKind())) : Set.of();
        return new OnNotice(reviews, reviews && !actor.isStaff(), ReviewRules.enterpriseMayRespond(notice, actor), bulk);
    }

    /**
     * An enterprise's own answers to a notice it answers (see {@link OnNotice#answerForEnterprise}).
     *
     * @param joined the enterprise takes part in the fair already (an active answer), so it cannot join again
     */
    public record OfEnterprise(boolean joined, List<Response> answers) {

        /** Whether the enterprise may still withdraw this answer (an approved subsidy is granted money: not any more). */
        public boolean mayWithdraw(Response answer) {
            return ReviewRules.enterpriseMayWithdraw(answer);
        }
    }

    public OfEnterprise ofEnterprise(List<Response> answers) {
        return new OfEnterprise(answers.stream().anyMatch(r -> r.status().isActive()), List.copyOf(answers));
    }

    /** Whether the enterprise may claim more of the policy's subsidy: no cap, or some of it left. */
    public boolean mayClaim(SubsidyService.Standing standing) {
        return standing.left() == null || standing.left().signum() > 0;
    }
}
