package org.fugong.alert;

import org.fugong.base.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A console user's alerts over the integration API (the staff app shows them beside its pushes). */
@RestController
@RequestMapping("/api/v1/admin/me/alerts")
class AlertController {

    private final StaffAlerts alerts;

    AlertController(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    AlertBox alerts(Actor actor) {
        return alerts.box(actor);
    }

    @PostMapping("/seen")
    ResponseEntity<Void> seen(Actor actor) {
        alerts.markSeen(actor);
        return ResponseEntity.noContent().build();
    }
}
