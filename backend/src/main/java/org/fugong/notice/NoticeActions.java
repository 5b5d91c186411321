package org.fugong.notice;

import org.fugong.base.Actor;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with a notice, as data for the console: the same rules {@link NoticeService}
 * enforces (the two-person rule, the author's edits, HR acknowledgements), so a page shows only the
 * buttons that will work and never re-derives a rule.
 */
@Service
public class NoticeActions {

    private final Clock clock;

    public NoticeActions(Clock clock) {
        this.clock = clock;
    }

    /**
     * What the actor may do with the notice now.
     *
     * @param waitingForOthers the notice is in review and the actor, a reviewer, wrote it: someone else must approve
     * @param acknowledged     the HR actor already marked it read
     * @param publishesLater   approving it schedules it rather than publishing it now
     */
    public record Allowed(Set<NoticeAction> actions, boolean waitingForOthers, boolean acknowledged,
                          boolean publishesLater) {

        public boolean may(NoticeAction action) {
            return actions.contains(action);
        }
    }

    /** Whether the actor may write new notices (officials: what {@link NoticeService#create} requires). */
    public boolean mayWrite(Actor actor) {
        return actor.has(Role.OFFICIAL);
    }

    public Allowed of(Notice notice, Actor actor) {
        Set<NoticeAction> actions = EnumSet.noneOf(NoticeAction.class);
        boolean author = actor.id().equals(notice.authorId());
        NoticeStatus status = notice.status();
        if (author && (status == NoticeStatus.DRAFT || status == NoticeStatus.REJECTED)) {
            actions.add(NoticeAction.EDIT);
            actions.add(NoticeAction.SUBMIT);
        }
        boolean reviewer = actor.hasAny(Role.REVIEWER, Role.ADMIN);
        if (status == NoticeStatus.IN_REVIEW && reviewer && !author) {
            actions.add(NoticeAction.APPROVE);
            actions.add(NoticeAction.REJECT);
        }
        if ((status == NoticeStatus.PUBLISHED || status == NoticeStatus.SCHEDULED)
                && actor.hasAny(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN)) {
            actions.add(NoticeAction.RECALL);
            if (status == NoticeStatus.PUBLISHED) {
                actions.add(NoticeAction.RECALL_WITH_PUSH);
            }
        }
        boolean wentOut = status == NoticeStatus.PUBLISHED || status == NoticeStatus.RECALLED;
        if (actor.isStaff() && wentOut) {
            actions.add(NoticeAction.SEE_DELIVERY);
            if (notice.type() == NoticeType.RETURN_BUS) {
                actions.add(NoticeAction.OPEN_MANIFEST);
            }
        }
        if (actor.isStaff() && (status == NoticeStatus.IN_REVIEW || status == NoticeStatus.REJECTED)) {
            actions.add(NoticeAction.SEE_REVIEW_HISTORY);
        }
        if (status == NoticeStatus.REJECTED && notice.reviewComment() != null) {
            actions.add(NoticeAction.READ_REJECTION);
        }
        if (status == NoticeStatus.DRAFT || status == NoticeStatus.IN_REVIEW) {
            actions.add(NoticeAction.SEE_AUDIENCE_SIZE);
        }
        boolean acknowledged = notice.acknowledgements() != null
                && notice.acknowledgements().stream().anyMatch(a -> a.userId().equals(actor.id()));
        if (status == NoticeStatus.PUBLISHED && actor.has(Role.HR) && actor.enterpriseId() != null && !acknowledged) {
            actions.add(NoticeAction.ACKNOWLEDGE);
        }
        boolean later = notice.scheduledAt() != null && notice.scheduledAt().isAfter(clock.instant());
        return new Allowed(Set.copyOf(actions), status == NoticeStatus.IN_REVIEW && reviewer && author, acknowledged, later);
    }
}
