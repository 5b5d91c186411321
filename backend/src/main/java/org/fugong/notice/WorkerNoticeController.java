package org.fugong.notice;

import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** A worker's inbox and the notices in it. */
@RestController
@RequestMapping("/api/v1")
class WorkerNoticeController {

    private final NoticeService notices;
    private final InboxService inbox;

    WorkerNoticeController(NoticeService notices, InboxService inbox) {
        this.notices = notices;
        this.inbox = inbox;
    }

    @GetMapping("/me/inbox")
    CursorPage<InboxItem> inbox(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) String cursor, Locale locale) {
        return inbox.page(token.getSubject(), locale, Paging.of(limit, cursor));
    }

    @GetMapping("/notices/{id}")
    Notice notice(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return notices.getForWorker(id, token.getSubject());
    }

    @PostMapping("/notices/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> read(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        notices.getForWorker(id, token.getSubject());
        inbox.markRead(id, token.getSubject());
        return ResponseEntity.noContent().build();
    }
}
