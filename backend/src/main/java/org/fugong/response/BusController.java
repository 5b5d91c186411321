package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.notice.Notice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Return buses over the integration API: the manifest (also as CSV), boarding and arrival, and
 * changes to a trip.
 */
@RestController
@RequestMapping("/api/v1/admin")
class BusController {

    private final BusService buses;

    BusController(BusService buses) {
        this.buses = buses;
    }

    record Boarding(BusService.BoardingEvent event) {
    }

    @GetMapping("/notices/{id}/manifest")
    CursorPage<BusService.ManifestEntry> manifest(@PathVariable String id, Actor actor) {
        return new CursorPage<>(buses.manifest(id, actor), null);
    }

    @GetMapping(value = "/notices/{id}/manifest.csv", produces = "text/csv")
    ResponseEntity<byte[]> manifestCsv(@PathVariable String id, Actor actor, Locale locale) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("manifest-" + id + ".csv").build().toString())
                .body(buses.manifestCsv(id, actor, locale));
    }

    @PostMapping("/responses/{id}/boarding")
    Response boarding(@PathVariable String id, @RequestBody Boarding boarding, Actor actor) {
        return buses.board(id, boarding.event(), actor);
    }

    /** Takes back a boarding or an arrival marked today (the one named by {@code event}). */
    @PostMapping("/responses/{id}/boarding:undo")
    Response undoBoarding(@PathVariable String id, @RequestBody Boarding boarding, Actor actor) {
        return buses.undoBoarding(id, boarding.event(), actor);
    }

    @PostMapping("/notices/{id}/bus-changes")
    Notice change(@PathVariable String id, @RequestBody BusService.BusChange change, Actor actor) {
        return buses.change(id, change, actor);
    }
}
