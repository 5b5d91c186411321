package org.fugong.report;

import org.fugong.base.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The briefing over the integration API, for the bureau's other systems. */
@RestController
@RequestMapping("/api/v1/admin/reports")
class BriefingController {

    private final BriefingService briefings;

    BriefingController(BriefingService briefings) {
        this.briefings = briefings;
    }

    /**
     * {@code from} and {@code to}: ISO dates ({@code 2026-03-01}, Asia/Shanghai, {@code to} included)
     * or ISO instants ({@code to} excluded); at most 366 days.
     */
    @GetMapping("/briefing")
    Briefing briefing(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Actor actor) {
        return briefings.briefing(from, to, actor);
    }
}
