package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.ListRequest;
import org.springframework.stereotype.Service;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A trip's manifest a slice at a time, searched by name, phone digits, hometown or pickup point and
 * sorted by a column. One trip's bookings are bounded (its seats plus its waitlist: hundreds at
 * most), so they are read once per call by the trip and searched and sorted here, in the manifest's
 * own order first; no other trip's bookings are read.
 */
@Service
public class ManifestListing {

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final BusService buses;

    ManifestListing(BusService buses) {
        this.buses = buses;
    }

    public List<BusService.ManifestEntry> find(String noticeId, ListRequest<ManifestSort> request, Actor actor) {
        List<BusService.ManifestEntry> rows = matching(noticeId, request.search(), actor);
        Comparator<BusService.ManifestEntry> order = comparator(request.sorting().key());
        if (order != null) {
            rows.sort(request.sorting().ascending() ? order : order.reversed());
        } else if (!request.sorting().ascending()) {
            java.util.Collections.reverse(rows);
        }
        int from = Math.min(rows.size(), request.offset());
        return List.copyOf(rows.subList(from, Math.min(rows.size(), from + request.limit())));
    }

    public long count(String noticeId, String search, Actor actor) {
        return matching(noticeId, search, actor).size();
    }

    private List<BusService.ManifestEntry> matching(String noticeId, String search, Actor actor) {
        List<BusService.ManifestEntry> all = buses.manifest(noticeId, actor);
        if (search == null) {
            return new ArrayList<>(all);
        }
        String wanted = search.toLowerCase(Locale.ROOT);
        return new ArrayList<>(all.stream().filter(e -> contains(e.name(), wanted) || contains(e.phoneMasked(), wanted)
                || contains(e.pickupPoint(), wanted) || e.hometown() != null && contains(e.hometown().toString(), wanted))
                .toList());
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The comparator of a column; null for the manifest's own order. */
    private static Comparator<BusService.ManifestEntry> comparator(ManifestSort sort) {
        return switch (sort) {
            case ORDER -> null;
            case NAME -> text(BusService.ManifestEntry::name);
            case PICKUP -> text(BusService.ManifestEntry::pickupPoint);
            case STATUS -> Comparator.comparing(BusService.ManifestEntry::status);
            case BOARDED -> time(BusService.ManifestEntry::boardedAt);
            case ARRIVED -> time(BusService.ManifestEntry::arrivedAt);
        };
    }

    private static Comparator<BusService.ManifestEntry> text(Function<BusService.ManifestEntry, String> part) {
        return Comparator.comparing(part, Comparator.nullsLast(CHINESE::compare));
    }

    private static Comparator<BusService.ManifestEntry> time(Function<BusService.ManifestEntry, Instant> part) {
        return Comparator.comparing(part, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
