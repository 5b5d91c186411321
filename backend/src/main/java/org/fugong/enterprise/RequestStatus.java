package org.fugong.enterprise;

/**
 * Where a request stands: raised (OPEN), taken up by an official (IN_PROGRESS), RESOLVED with how
 * and to what effect. A resolved request can be reopened (OPEN again) when the need comes back.
 */
public enum RequestStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED
}
