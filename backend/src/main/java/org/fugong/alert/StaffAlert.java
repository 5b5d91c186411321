package org.fugong.alert;

import org.fugong.base.LocalizedText;

import java.time.Instant;

/**
 * One alert in a console user's box.
 *
 * @param key  the event it tells of (one alert per event and user)
 * @param link the console page it is about, relative to the console's root ({@code requests/…})
 * @param read whether the user has seen it
 */
public record StaffAlert(String key, LocalizedText title, LocalizedText body, String link, Instant at, boolean read) {
}
