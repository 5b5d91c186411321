package org.fugong.enterprise;

/**
 * A move of a request to another status ({@code POST /admin/requests/{id}/status}): IN_PROGRESS
 * takes it up, RESOLVED needs the {@code solution} and its {@code effect}, OPEN reopens a resolved
 * request with an optional {@code note} saying why, which joins the thread.
 */
public record StatusChange(RequestStatus status, String solution, String effect, String note) {
}
