package org.fugong.ui.notice;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.fugong.base.FugongException;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFigures;
import org.fugong.notice.NoticeService;
import org.fugong.push.PushService;
import org.fugong.notice.NoticeStats;
import org.fugong.notice.NoticeStatus;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.StatTile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice's delivery figures (targeted, pushed or simulated, failed, dead devices, read,
 * responses), read through {@link NoticeFigures#stats}. While its fan-out runs they follow by
 * themselves: the page polls every {@value #POLL_MS} ms and shows how far the inbox entries have come
 * * of the audience and how many pushes a second go out; it stops polling once the fan-out is over and
 * the figures rest.
 */
class DeliveryFigures extends Div {

    static final int POLL_MS = 2000;
    /** Polls without change after which the fan-out is taken as done. */
    private static final int RESTING_POLLS = 3;
    /** How long after publishing a notice's figures are taken as still moving. */
    private static final java.time.Duration STARTING = java.time.Duration.ofMinutes(5);

    private final Notice notice;
    private final NoticeService notices;
    private final NoticeFigures figures;
    private final PushService push;
    private final Map<String, Span> values = new LinkedHashMap<>();
    private final Div live = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span rate = new Span();
    private final long expected;
    private NoticeStats last;
    private long lastAt;
    private int resting;
    private Registration polling;

    DeliveryFigures(Notice notice, NoticeService notices, NoticeFigures figures, PushService push) {
        this.notice = notice;
        this.notices = notices;
        this.figures = figures;
        this.push = push;
        boolean simulated = push.isSimulated();
        this.expected = expectedAudience();
        setId("delivery-figures");
        addClassName("delivery");
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
        tiles.add(tile("stats.targeted", "targeted"), tile(simulated ? "stats.simulated" : "stats.sent", "sent"),
                tile("stats.failed", "failed"), tile("stats.invalidTokens", "invalid"), tile("stats.read", "read"),
                tile("stats.responses", "responses"));
        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setAriaLabel(getTranslation("action.refresh"));
        refresh.setTooltipText(getTranslation("action.refresh"));
        refresh.setId("refresh-figures");
        tiles.add(refresh);
        live.addClassName("delivery-live");
        live.setId("delivery-live");
        progress.setId("delivery-progress");
        rate.setId("delivery-rate");
        live.add(progress, rate);
        add(tiles, live);
        show(notice.stats() == null ? figures.stats(notice.id()) : notice.stats());
    }

    private long expectedAudience() {
        try {
            return notices.audienceSize(notice.audience());
        } catch (FugongException e) {
            return 0;
        }
    }

    private Div tile(String key, String id) {
        Div tile = StatTile.of("", getTranslation(key), "stat-" + id);
        values.put(id, (Span) tile.getComponentAt(0));
        return tile;
    }

    /** Reads the figures again and shows them, with the progress and rate of a running fan-out. */
    void refresh() {
        show(figures.stats(notice.id()));
    }

    private void show(NoticeStats stats) {
        values.get("targeted").setText(Formats.number(stats.targeted()));
        values.get("sent").setText(Formats.number(stats.sent()));
        values.get("failed").setText(Formats.number(stats.failed()));
        values.get("invalid").setText(Formats.number(stats.invalidTokens()));
        values.get("read").setText(Formats.number(stats.read()));
        values.get("responses").setText(Formats.number(stats.responses()));
        long now = System.nanoTime();
        boolean first = last == null;
        boolean changed = last == null || !last.equals(stats);
        if (last != null && now > lastAt) {
            double seconds = (now - lastAt) / 1e9;
            long pushed = stats.sent() + stats.failed() - last.sent() - last.failed();
            rate.setText(getTranslation("stats.rate", Formats.number(stats.targeted()), Formats.number(expected),
                    Formats.number(Math.round(Math.max(0, pushed) / seconds))));
        } else {
            rate.setText(getTranslation("stats.progress", Formats.number(stats.targeted()), Formats.number(expected)));
        }
        progress.setValue(expected == 0 ? 1 : Math.min(1, (double) stats.targeted() / expected));
        resting = changed ? 0 : resting + 1;
        last = stats;
        lastAt = now;
        boolean recent = notice.publishedAt() != null && notice.publishedAt().isAfter(java.time.Instant.now().minus(STARTING));
        boolean moving = first ? stats.targeted() < expected || recent : resting < RESTING_POLLS;
        boolean running = notice.status() == NoticeStatus.PUBLISHED
                && (push.isGoingOut(notice.id()) || recent && stats.targeted() < expected || moving);
        live.setVisible(running);
        if (!running) {
            stopPolling();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (notice.status() == NoticeStatus.PUBLISHED && live.isVisible()) {
            UI ui = event.getUI();
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> refresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    boolean isPolling() {
        return polling != null;
    }
}
