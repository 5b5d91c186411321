package org.fugong.response;

/** The orders of a trip's manifest: its own (seats in booking order, then the waitlist), or by a column. */
public enum ManifestSort {
    ORDER, NAME, PICKUP, STATUS, BOARDED, ARRIVED
}
