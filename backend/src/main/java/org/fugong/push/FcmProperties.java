package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where pushes go.
 *
 * @param endpoint        base URL of the FCM HTTP v1 API; unset means FCM itself. An {@code http://}
 *                        endpoint (a local FCM-compatible server) is spoken to over plain HTTP/1.1
 * @param projectId       the Firebase project; read from the credentials when unset
 * @param credentialsFile a service-account JSON file; else {@code GOOGLE_APPLICATION_CREDENTIALS}
 */
@ConfigurationProperties("fugong.push.fcm")
record FcmProperties(String endpoint, String projectId, String credentialsFile) {

    static final String DEFAULT_ENDPOINT = "https://fcm.googleapis.com";

    boolean hasCustomEndpoint() {
        return endpoint != null && !endpoint.isBlank() && !DEFAULT_ENDPOINT.equals(endpoint.replaceAll("/+$", ""));
    }
}
