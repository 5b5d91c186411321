package org.fugong.response.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The places of one notice (a bus's seats, a job fair's capacity): how many there are, how many are
 * taken, and the counter that numbers bookings in order. Every change is one atomic update of this
 * document, so concurrent bookings can never take more places than there are.
 */
@Document("capacities")
public class CapacityDocument {
    @Id
    public String noticeId;
    public int capacity;
    /** Places not taken: kept beside {@code taken} so a claim is a plain {@code free > 0} match. */
    public int free;
    public int taken;
    public long nextSeq;
    /** The waiting line: responses waiting for a place, first in line first. */
    public java.util.List<String> queue;
}
