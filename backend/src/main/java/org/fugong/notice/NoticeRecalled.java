package org.fugong.notice;

/** A published notice was withdrawn; {@code push} asks to tell those who received it. */
public record NoticeRecalled(String noticeId, boolean push) {
}
