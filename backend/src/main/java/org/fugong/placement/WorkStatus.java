package org.fugong.placement;

/** A worker's answer to a follow-up check: still at work, or left. */
public enum WorkStatus {
    AT_WORK,
    LEFT
}
