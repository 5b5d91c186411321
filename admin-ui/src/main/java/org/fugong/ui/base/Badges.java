package org.fugong.ui.base;

import com.vaadin.flow.component.html.Span;

/** Status shown as Lumo badges: green for done, red for refused, contrast for waiting. */
public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (variant != null && !variant.isBlank()) {
            for (String v : variant.split(" ")) {
                badge.getElement().getThemeList().add(v);
            }
        }
        badge.getElement().getThemeList().add("pill");
        return badge;
    }

    /** The badge variant of a notice or response status name. */
    public static String variantOf(String status) {
        return switch (status) {
            case "PUBLISHED", "CONFIRMED", "ACCEPTED", "RESOLVED", "DONE" -> "success";
            case "REJECTED", "RECALLED", "CANCELLED", "FAILED" -> "error";
            case "IN_REVIEW", "SCHEDULED", "WAITLISTED", "IN_PROGRESS" -> "contrast";
            default -> "";
        };
    }
}
