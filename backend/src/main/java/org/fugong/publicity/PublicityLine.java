package org.fugong.publicity;

import org.fugong.response.BusTrips;

import java.math.BigDecimal;

/**
 * One approved claim in a publicity: the enterprise, how many persons, how much, and for the
 * charter-bus subsidy the trip. No person is named.
 *
 * @param no      its number in the list, which objections refer to
 * @param payment where it stands on its way to payment (staff only; null on the public page)
 */
public record PublicityLine(int no, String enterpriseName, Integer persons, BigDecimal amount, BusTrips.Trip trip,
                            PaymentStatus payment) {
}
