package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * Daily staffing snapshots over the integration API (HR users of the enterprise, staff).
 * <ul>
 *   <li>{@code PUT /enterprises/{id}/snapshots/{date}} with a {@link StaffingReport} → 200 the
 *   snapshot. A PUT because the day names the thing: reporting the same day again replaces it.
 *   {@code date} is an ISO calendar date in Beijing time, not in the future.</li>
 *   <li>{@code GET /enterprises/{id}/snapshots/{date}} → the snapshot, or 404.</li>
 *   <li>{@code GET /enterprises/{id}/snapshots?from=&to=} → {@code {"items": [...], "nextCursor": null}},
 *   oldest first; by default the 30 days up to today, at most 366 days.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/admin/enterprises/{id}/snapshots")
class StaffingController {

    private final StaffingService staffing;

    StaffingController(StaffingService staffing) {
        this.staffing = staffing;
    }

    @PutMapping("/{date}")
    StaffingSnapshot report(@PathVariable String id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @RequestBody StaffingReport report, Actor actor) {
        return staffing.report(id, date, report, actor);
    }

    @GetMapping("/{date}")
    StaffingSnapshot get(@PathVariable String id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         Actor actor) {
        return staffing.get(id, date, actor);
    }

    @GetMapping
    CursorPage<StaffingSnapshot> trend(@PathVariable String id,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       Actor actor) {
        return staffing.trendPage(id, from, to, actor);
    }
}
