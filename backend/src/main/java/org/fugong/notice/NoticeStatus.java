package org.fugong.notice;

/**
 * A notice's life: written (DRAFT), sent for approval (IN_REVIEW), sent back (REJECTED), approved for
 * later (SCHEDULED), out (PUBLISHED), withdrawn (RECALLED).
 */
public enum NoticeStatus {
    DRAFT,
    IN_REVIEW,
    REJECTED,
    SCHEDULED,
    PUBLISHED,
    RECALLED
}
