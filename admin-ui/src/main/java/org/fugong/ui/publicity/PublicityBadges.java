package org.fugong.ui.publicity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.fugong.publicity.PublicityStatus;
import org.fugong.ui.base.Badges;

/** Where a publicity stands, as a badge. */
final class PublicityBadges {

    private PublicityBadges() {
    }

    static Span of(Component context, PublicityStatus status) {
        String text = context.getTranslation("publicity.status." + status.name());
        return switch (status) {
            case PENDING -> Badges.of(text, Badges.Tone.INFO, VaadinIcon.HOURGLASS);
            case RUNNING -> Badges.of(text, Badges.Tone.SCHEDULED, VaadinIcon.MEGAPHONE);
            case CLOSED -> Badges.of(text, Badges.Tone.DONE, VaadinIcon.CHECK);
            case WITHDRAWN -> Badges.of(text, Badges.Tone.MUTED, VaadinIcon.BAN);
        };
    }
}
