package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pushes go, and how firebase-admin talks to FCM.
 *
 * @param endpoint        base URL of the FCM HTTP v1 API; unset means FCM itself. An {@code http://}
 *                        endpoint (a local FCM-compatible server) is spoken to over plain HTTP/1.1
 * @param projectId       the Firebase project; read from the credentials when unset
 * @param credentialsFile a service-account JSON file; else {@code GOOGLE_APPLICATION_CREDENTIALS}
 * @param threads         requests to FCM in flight at once (firebase-admin's {@code sendEach} sends
 *                        every message as its own request): the SDK's thread pool and the connection
 *                        pool are both this size
 */
@ConfigurationProperties("fugong.push.fcm")
record FcmProperties(String endpoint, String projectId, String credentialsFile, @DefaultValue("32") int threads) {

    static final String DEFAULT_ENDPOINT = "https://fcm.googleapis.com";

    FcmProperties {
        threads = Math.max(1, threads);
    }

    boolean hasCustomEndpoint() {
        return endpoint != null && !endpoint.isBlank() && !DEFAULT_ENDPOINT.equals(endpoint.replaceAll("/+$", ""));
    }
}
