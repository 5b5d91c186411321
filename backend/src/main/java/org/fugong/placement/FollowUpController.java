package org.fugong.placement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The signed-in worker's follow-up checks after arrival ({@code /me/follow-ups}). */
@RestController
@RequestMapping("/api/v1/me/follow-ups")
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** The checks asked about a trip the worker arrived by, the latest first (none for other notices). */
    @GetMapping
    List<FollowUp> mine(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String noticeId) {
        return followUps.mine(token.getSubject(), noticeId);
    }

    /** Answers a check once; asking for help opens a request for the task force. */
    @PostMapping("/{id}/answer")
    FollowUp answer(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody FollowUpAnswer answer) {
        return followUps.answer(token.getSubject(), id, answer);
    }
}
