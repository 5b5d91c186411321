package org.fugong.response;

import java.time.Instant;

/**
 * A bus passenger was handed over at the destination (送达有交接): the follow-up after arrival starts.
 *
 * @param responseId the passenger's seat booking
 */
public record PassengerArrived(String responseId, String noticeId, String workerId, Instant arrivedAt) {
}
