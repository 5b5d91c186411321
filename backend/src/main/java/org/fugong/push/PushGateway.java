package org.fugong.push;

import java.util.List;

/** Sends pushes to devices: FCM through firebase-admin, or a simulation. */
public interface PushGateway {

    /** The most messages one {@link #send} call takes (FCM's {@code sendEach} limit). */
    int MAX_BATCH = 500;

    /**
     * Sends up to {@link #MAX_BATCH} messages; the results are in the same order. Never throws for a
     * message FCM refused: that is a result.
     */
    List<PushResult> send(List<PushMessage> messages);

    /** True when nothing really leaves the building (no Firebase configured). */
    boolean isSimulated();
}
