package org.fugong.notice;

import org.fugong.base.Place;

import java.time.Instant;
import java.util.List;

/**
 * One chartered point-to-point return trip (专车): from a hometown to the work city, leaving at a
 * time, with a number of seats, pickup points and the health requirement passengers declare.
 */
public record ReturnBus(Place origin, Place destination, Instant departsAt, Integer seats, List<String> pickupPoints,
                        String healthRequirement, String receivingEnterpriseId) {

    public ReturnBus {
        pickupPoints = pickupPoints == null ? List.of() : List.copyOf(pickupPoints);
    }

    /** Crosses a provincial border (跨省) rather than staying within one province. */
    public boolean isInterProvincial() {
        return origin != null && destination != null && origin.province() != null
                && !origin.province().equals(destination.province());
    }
}
