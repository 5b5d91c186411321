package org.fugong.placement;

import org.fugong.base.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Placements over the integration API: an enterprise's arrivals and interns, their start, a trip's follow-ups. */
@RestController
@RequestMapping("/api/v1/admin")
class PlacementController {

    private final PlacementService placements;

    PlacementController(PlacementService placements) {
        this.placements = placements;
    }

    /** What HR reports about a placed worker. */
    record StartReport(Boolean started) {
    }

    /** The enterprise's placements, the latest first; {@code awaitingStart=true} only those not reported yet. */
    @GetMapping("/enterprises/{id}/placements")
    List<Placement> ofEnterprise(@PathVariable String id, @RequestParam(required = false) Boolean awaitingStart,
                                 Actor actor) {
        return placements.ofEnterprise(id, Boolean.TRUE.equals(awaitingStart), actor);
    }

    /** HR (or an official) reports whether the worker started: {@code {"started": true}}. */
    @PostMapping("/placements/{id}/start")
    Placement reportStart(@PathVariable String id, @RequestBody StartReport report, Actor actor) {
        return placements.reportStart(id, report == null ? null : report.started(), actor);
    }

    /** A trip's passengers handed over, with their start and follow-up checks (staff). */
    @GetMapping("/notices/{id}/follow-ups")
    List<Placement> ofTrip(@PathVariable String id, Actor actor) {
        return placements.ofTrip(id, actor);
    }
}
