package org.fugong.notice;

/** A notice went out: its audience must now get inbox entries and pushes. */
public record NoticePublished(String noticeId) {
}
