package org.fugong.notice;

import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.fugong.worker.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** Notices over the integration API: the same rules as the console, enforced by {@link NoticeService}. */
@RestController
@RequestMapping("/api/v1/admin")
class AdminNoticeController {

    private final NoticeService notices;
    private final NoticeFinder finder;

    AdminNoticeController(NoticeService notices, NoticeFinder finder) {
        this.notices = notices;
        this.finder = finder;
    }

    record Review(String comment) {
    }

    record Recall(Boolean push) {
    }

    record AudiencePreview(Audience audience) {
    }

    record AudienceCount(long count) {
    }

    @PostMapping("/notices")
    @ResponseStatus(HttpStatus.CREATED)
    Notice create(@RequestBody NoticeDraft draft, Actor actor) {
        return notices.create(draft, actor);
    }

    @PutMapping("/notices/{id}")
    Notice update(@PathVariable String id, @RequestBody NoticeDraft draft, Actor actor) {
        return notices.update(id, draft, actor);
    }

    @PostMapping("/notices/{id}/submit")
    Notice submit(@PathVariable String id, Actor actor) {
        return notices.submit(id, actor);
    }

    @PostMapping("/notices/{id}/approve")
    Notice approve(@PathVariable String id, @RequestBody(required = false) Review review, Actor actor) {
        return notices.approve(id, review == null ? null : review.comment(), actor);
    }

    @PostMapping("/notices/{id}/reject")
    Notice reject(@PathVariable String id, @RequestBody(required = false) Review review, Actor actor) {
        return notices.reject(id, review == null ? null : review.comment(), actor);
    }

    @PostMapping("/notices/{id}/recall")
    Notice recall(@PathVariable String id, @RequestBody(required = false) Recall recall, Actor actor) {
        return notices.recall(id, recall != null && Boolean.TRUE.equals(recall.push()), actor);
    }

    @GetMapping("/notices")
    CursorPage<Notice> list(@RequestParam(required = false) NoticeStatus status,
                            @RequestParam(required = false) NoticeType type,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor, Actor actor) {
        NoticeFilter filter = new NoticeFilter(status == null ? Set.of() : Set.of(status),
                type == null ? Set.of() : Set.of(type), null);
        return finder.list(filter, Paging.of(limit, cursor), actor);
    }

    @GetMapping("/notices/{id}")
    Notice get(@PathVariable String id, Actor actor) {
        return notices.getFor(id, actor);
    }

    @PostMapping("/notices/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> acknowledge(@PathVariable String id, Actor actor) {
        notices.acknowledge(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/audience/preview")
    AudienceCount preview(@RequestBody AudiencePreview preview, Actor actor) {
        actor.require(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        return new AudienceCount(notices.audienceSize(preview.audience()));
    }
}
