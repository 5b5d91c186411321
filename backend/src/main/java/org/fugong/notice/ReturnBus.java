package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.Place;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One chartered point-to-point return trip (专车): from a hometown to the work city, leaving at a
 * time, with a number of seats, pickup points and the health requirement passengers declare.
 */
public record ReturnBus(@Schema(requiredMode = REQUIRED) Place origin,
                        @Schema(requiredMode = REQUIRED) Place destination,
                        @Schema(requiredMode = REQUIRED) Instant departsAt,
                        @Schema(requiredMode = REQUIRED) Integer seats,
                        List<String> pickupPoints,
                        @Schema(description = "what passengers declare about their health; null when nothing is asked")
                        String healthRequirement,
                        String receivingEnterpriseId) {

    public ReturnBus {
        pickupPoints = pickupPoints == null ? List.of() : List.copyOf(pickupPoints);
    }

    /** Crosses a provincial border (跨省) rather than staying within one province. */
    @Schema(requiredMode = REQUIRED, accessMode = Schema.AccessMode.READ_ONLY,
            description = "crosses a provincial border (跨省); worked out by the server")
    public boolean isInterProvincial() {
        return origin != null && destination != null && origin.province() != null
                && !origin.province().equals(destination.province());
    }
}
