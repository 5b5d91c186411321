package org.fugong.ui.enterprise;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.fugong.enterprise.DispatchStage;
import org.fugong.enterprise.RequestDeadlines;
import org.fugong.ui.base.Badges;

import java.time.Duration;
import java.time.Instant;

/**
 * The dispatch clock of a key enterprise's request as a badge: the time left to be taken up or
 * resolved (hours and minutes), turning amber in the last quarter and red once overdue.
 */
final class TimeLeft {

    private TimeLeft() {
    }

    static Component of(Component context, RequestDeadlines deadlines, Instant now) {
        Duration left = deadlines == null ? null : deadlines.timeLeft(now);
        if (left == null) {
            return new Span();
        }
        DispatchStage stage = deadlines.stage();
        String what = context.getTranslation("rq.clock." + stage.name());
        Instant due = deadlines.nextDueAt();
        Span badge;
        if (left.isNegative()) {
            badge = Badges.of(context.getTranslation("rq.clock.overdue", what, span(context, left.negated().getSeconds() / 60)),
                    Badges.Tone.DANGER, VaadinIcon.WARNING);
        } else {
            // both deadlines run from the raising, as the clock's 75 % warnings do
            Duration whole = Duration.between(deadlines.startedAt(), due);
            boolean late = !whole.isZero() && left.multipliedBy(4).compareTo(whole) <= 0;
            badge = Badges.of(context.getTranslation("rq.clock.left", what, span(context, (left.getSeconds() + 59) / 60)),
                    late ? Badges.Tone.WAITING : Badges.Tone.NEUTRAL, VaadinIcon.CLOCK);
        }
        badge.addClassName("time-left");
        return badge;
    }

    /** Whole minutes as hours and minutes, or past two days as days and hours (time left is rounded up). */
    private static String span(Component context, long minutes) {
        if (minutes >= 48 * 60) {
            return context.getTranslation("rq.clock.days", minutes / (24 * 60), (minutes / 60) % 24);
        }
        return context.getTranslation("rq.clock.hours", minutes / 60, minutes % 60);
    }
}
