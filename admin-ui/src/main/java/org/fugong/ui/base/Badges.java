package org.fugong.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import org.fugong.base.NoticeType;
import org.fugong.enterprise.RequestStatus;
import org.fugong.notice.NoticeStatus;
import org.fugong.response.ResponseStatus;

import java.util.Locale;

/**
 * The console's status palette. Each status has its own colour and its own icon, and always its
 * name in words, so two statuses never read alike and none depends on colour alone: drafts are
 * grey with a pencil, notices in review blue with an hourglass, scheduled ones violet with a clock,
 * published green with a tick, rejected red with a cross, recalled dark grey with a bar; the
 * responses and requests likewise.
 */
public final class Badges {

    /** The colours of the palette (see {@code styles.css}). */
    public enum Tone { NEUTRAL, INFO, WAITING, SCHEDULED, SUCCESS, DONE, DANGER, MUTED, KEY }

    private Badges() {
    }

    /** A badge with a tone, an icon (or none) and its words. */
    public static Span of(String text, Tone tone, VaadinIcon icon) {
        Span badge = new Span();
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("pill");
        badge.addClassNames("status-badge", "tone-" + tone.name().toLowerCase(Locale.ROOT));
        if (icon == null) {
            badge.setText(text);
            return badge;
        }
        Icon shown = icon.create();
        shown.addClassName("badge-icon");
        shown.getElement().setAttribute("aria-hidden", "true");
        badge.add(shown, new Span(text));
        return badge;
    }

    public static Span notice(Component context, NoticeStatus status) {
        Span badge = switch (status) {
            case DRAFT -> of(context.getTranslation("status.DRAFT"), Tone.NEUTRAL, VaadinIcon.PENCIL);
            case IN_REVIEW -> of(context.getTranslation("status.IN_REVIEW"), Tone.INFO, VaadinIcon.HOURGLASS);
            case SCHEDULED -> of(context.getTranslation("status.SCHEDULED"), Tone.SCHEDULED, VaadinIcon.CLOCK);
            case PUBLISHED -> of(context.getTranslation("status.PUBLISHED"), Tone.SUCCESS, VaadinIcon.CHECK);
            case REJECTED -> of(context.getTranslation("status.REJECTED"), Tone.DANGER, VaadinIcon.CLOSE_SMALL);
            case RECALLED -> of(context.getTranslation("status.RECALLED"), Tone.MUTED, VaadinIcon.BAN);
        };
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** A response's status, with the place on the waitlist when there is one. */
    public static Span response(Component context, ResponseStatus status, Integer waitlistPosition) {
        String text = context.getTranslation("rstatus." + status.name())
                + (waitlistPosition == null ? "" : " " + context.getTranslation("response.position", waitlistPosition));
        Span badge = switch (status) {
            case SUBMITTED -> of(text, Tone.INFO, VaadinIcon.INBOX);
            case CONFIRMED -> of(text, Tone.SUCCESS, VaadinIcon.CHECK);
            case WAITLISTED -> of(text, Tone.WAITING, VaadinIcon.HOURGLASS);
            case ACCEPTED -> of(text, Tone.DONE, VaadinIcon.CHECK_CIRCLE);
            case REJECTED -> of(text, Tone.DANGER, VaadinIcon.CLOSE_SMALL);
            case CANCELLED -> of(text, Tone.MUTED, VaadinIcon.BAN);
        };
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    public static Span request(Component context, RequestStatus status) {
        String text = context.getTranslation("rq.status." + status.name());
        Span badge = switch (status) {
            case OPEN -> of(text, Tone.WAITING, VaadinIcon.EXCLAMATION_CIRCLE_O);
            case IN_PROGRESS -> of(text, Tone.INFO, VaadinIcon.COG_O);
            case RESOLVED -> of(text, Tone.SUCCESS, VaadinIcon.CHECK);
        };
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** A notice's type, with the type's icon. */
    public static Span type(Component context, NoticeType type) {
        VaadinIcon icon = switch (type) {
            case JOB_FAIR -> VaadinIcon.USERS;
            case POLICY -> VaadinIcon.MONEY;
            case RETURN_BUS -> VaadinIcon.BUS;
            case JOB_POSTING -> VaadinIcon.BRIEFCASE;
            case ANNOUNCEMENT -> VaadinIcon.MEGAPHONE;
        };
        return of(context.getTranslation("type." + type.name()), Tone.NEUTRAL, icon);
    }

    /** A key enterprise (重点企业), or a request of one: urgent. */
    public static Span key(Component context, String key) {
        return of(context.getTranslation(key), Tone.KEY, VaadinIcon.STAR);
    }
}
