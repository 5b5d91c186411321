package org.fugong.worker;

import org.fugong.base.Languages;
import org.fugong.base.Problems;
import org.fugong.base.Texts;

import java.util.regex.Pattern;

/**
 * What a device registration must look like, for workers' phones and staff's alike: an installation
 * id the app made up, a platform, one FCM token without blanks, a language Fugong speaks.
 */
public final class DeviceRegistrations {

    static final Pattern INSTALLATION_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** Whether a token has a blank in it (compiled once: an import checks a token per line). */
    static boolean hasWhitespace(String token) {
        return WHITESPACE.matcher(token).find();
    }
    static final int MAX_TOKEN_LENGTH = 4096;

    private DeviceRegistrations() {
    }

    /** Checks a registration and returns its token, trimmed; a 400 with every problem otherwise. */
    public static String check(String installationId, DeviceRegistration registration) {
        Problems problems = new Problems();
        problems.check(installationId != null && INSTALLATION_ID.matcher(installationId).matches(),
                "installationId", "error.installation-id");
        problems.check(registration != null && registration.platform() != null, "platform", "error.required");
        String token = registration == null ? null : Texts.trimToNull(registration.fcmToken());
        problems.check(token != null, "fcmToken", "error.required");
        problems.check(token == null || token.length() <= MAX_TOKEN_LENGTH && !hasWhitespace(token),
                "fcmToken", "error.fcm-token");
        problems.check(registration == null || registration.locale() == null
                || Languages.isSupportedTag(registration.locale()), "locale", "error.locale");
        String appVersion = registration == null ? null : Texts.trimToNull(registration.appVersion());
        problems.check(appVersion == null || appVersion.length() <= 32, "appVersion", "error.max-length", 32);
        problems.throwIfAny();
        return token;
    }
}
