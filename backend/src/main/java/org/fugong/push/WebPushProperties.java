package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The worker web app's Firebase configuration (a Firebase "web app" of the project that sends the
 * pushes) and the VAPID key of its Cloud Messaging. All of it is public: the browser needs it to get
 * an FCM token, so the server hands it to the app ({@code GET /api/v1/app/config}). Without it the app
 * asks for no notification permission.
 *
 * @param apiKey            the web app's API key
 * @param authDomain        its auth domain (optional, unused by messaging)
 * @param projectId         the Firebase project
 * @param messagingSenderId the project's sender id
 * @param appId             the web app's id
 * @param vapidKey          the public key of the project's Web Push certificate (Cloud Messaging settings)
 * @param appUrl            the public https address of the worker app (e.g. {@code https://fugong.example.cn/app/}):
 *                          when set, a web push links to the notice there ({@code webpush.fcm_options.link},
 *                          which FCM accepts only over https); the app opens the notice on a tap either way
 */
@ConfigurationProperties("fugong.push.web")
record WebPushProperties(String apiKey, String authDomain, String projectId, String messagingSenderId, String appId,
                         String vapidKey, String appUrl) {

    WebPushProperties {
        if (blank(appUrl)) {
            appUrl = null;
        } else if (!"https".equals(URI.create(appUrl.strip()).getScheme())) {
            throw new IllegalArgumentException("fugong.push.web.app-url must be an https:// address (FCM opens only "
                    + "those from a web push), not " + appUrl);
        } else {
            appUrl = appUrl.strip().endsWith("/") ? appUrl.strip() : appUrl.strip() + "/";
        }
    }

    /** True when everything the browser needs to get a token is there. */
    boolean configured() {
        return !blank(apiKey) && !blank(projectId) && !blank(messagingSenderId) && !blank(appId) && !blank(vapidKey);
    }

    /** What the app gets, or null when web push is not configured. */
    WebPushConfig toConfig() {
        return configured()
                ? new WebPushConfig(apiKey.strip(), blank(authDomain) ? null : authDomain.strip(), projectId.strip(),
                messagingSenderId.strip(), appId.strip(), vapidKey.strip())
                : null;
    }

    /** Where a tap on a web push about this notice leads, or null without an app address. */
    String linkTo(String noticeId) {
        return appUrl == null || noticeId == null ? null : appUrl + "#/notices/" + noticeId;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
