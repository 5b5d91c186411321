package org.fugong.placement;

/** How a worker came to an enterprise: handed over by a return bus, or accepted for an internship. */
public enum PlacementSource {
    BUS_ARRIVAL,
    INTERNSHIP
}
