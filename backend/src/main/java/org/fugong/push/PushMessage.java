package org.fugong.push;

import org.fugong.worker.Platform;

import java.time.Duration;
import java.util.Map;

/**
 * One push to one device, already in the device's language.
 *
 * @param channelId   the Android notification channel (by notice type)
 * @param collapseKey the notice id: a newer push about the same notice replaces the older one
 * @param ttl         how long FCM keeps trying (up to the notice's expiry, at most 28 days)
 */
public record PushMessage(String token, Platform platform, String title, String body, Map<String, String> data,
                          String channelId, String collapseKey, Duration ttl, boolean highPriority) {
}
