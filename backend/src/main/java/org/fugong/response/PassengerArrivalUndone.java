package org.fugong.response;

/**
 * An arrival marked by a slip of the finger was taken back the same day: the passenger was not
 * handed over after all, so their follow-up after arrival is called off.
 *
 * @param responseId the passenger's seat booking
 */
public record PassengerArrivalUndone(String responseId, String noticeId, String workerId) {
}
