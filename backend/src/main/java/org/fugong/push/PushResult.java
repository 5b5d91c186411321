package org.fugong.push;

import java.time.Duration;

/**
 * What FCM said about one message.
 *
 * @param errorCode      FCM's error code ({@code UNREGISTERED}, {@code INVALID_ARGUMENT}, …) when it failed
 * @param invalidToken   the device's token is dead: stop pushing to it
 * @param transientError worth trying again later ({@code UNAVAILABLE}, {@code INTERNAL}, {@code QUOTA_EXCEEDED})
 * @param retryAfter     how long FCM asked us to wait ({@code Retry-After}), or null
 */
public record PushResult(PushOutcome outcome, String messageId, String errorCode, boolean invalidToken,
                         boolean transientError, Duration retryAfter) {

    public static PushResult sent(String messageId) {
        return new PushResult(PushOutcome.SENT, messageId, null, false, false, null);
    }

    public static PushResult simulated(String messageId) {
        return new PushResult(PushOutcome.SIMULATED, messageId, null, false, false, null);
    }

    public static PushResult failed(String errorCode, boolean invalidToken, boolean transientError) {
        return new PushResult(PushOutcome.FAILED, null, errorCode, invalidToken, transientError, null);
    }

    public static PushResult failed(String errorCode, boolean invalidToken, boolean transientError, Duration retryAfter) {
        return new PushResult(PushOutcome.FAILED, null, errorCode, invalidToken, transientError, retryAfter);
    }
}
