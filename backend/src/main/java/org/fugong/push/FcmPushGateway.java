package org.fugong.push;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import com.google.firebase.messaging.WebpushConfig;
import com.google.firebase.messaging.WebpushFcmOptions;
import com.google.firebase.messaging.WebpushNotification;
import org.fugong.worker.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Sends pushes with the real firebase-admin client (FCM HTTP v1, {@code sendEach}) through
 * {@link FcmTransport}, on a fixed pool of {@code fugong.push.fcm.threads} threads. Pointed at another
 * FCM-compatible endpoint, the SDK's requests are re-addressed by the transport; with an endpoint and
 * no credentials a fixed dummy access token is sent.
 */
class FcmPushGateway implements PushGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FcmPushGateway.class);
    private static final Set<MessagingErrorCode> INVALID_TOKEN =
            EnumSet.of(MessagingErrorCode.UNREGISTERED, MessagingErrorCode.INVALID_ARGUMENT, MessagingErrorCode.SENDER_ID_MISMATCH);
    private static final Set<MessagingErrorCode> TRANSIENT =
            EnumSet.of(MessagingErrorCode.UNAVAILABLE, MessagingErrorCode.INTERNAL, MessagingErrorCode.QUOTA_EXCEEDED);
    static final String DUMMY_TOKEN = "fugong-local-fcm-token";
    /** The web app's icon, shown with its notifications (relative to the app's service worker). */
    static final String WEB_ICON = "/app/icons/icon-192.png";

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;
    /** Where a tap on a web push about a notice leads (null: the web app's service worker opens it). */
    private final UnaryOperator<String> webLink;

    FcmPushGateway(FcmProperties properties, UnaryOperator<String> webLink, int niceness) {
        this.webLink = webLink;
        GoogleCredentials credentials = credentials(properties);
        String projectId = properties.projectId() == null || properties.projectId().isBlank() ? null : properties.projectId();
        FirebaseOptions.Builder options = FirebaseOptions.builder().setCredentials(credentials);
        if (projectId != null) {
            options.setProjectId(projectId);
        }
        options.setHttpTransport(FcmTransport.create(properties));
        options.setJsonFactory(new FcmJson());
        options.setThreadManager(new SendThreads(properties.threads(), niceness));
        this.app = FirebaseApp.initializeApp(options.build(), "fugong-" + UUID.randomUUID());
        this.messaging = FirebaseMessaging.getInstance(app);
        log.info("Pushes go to FCM {}{}", properties.hasCustomEndpoint() ? properties.endpoint() : FcmProperties.DEFAULT_ENDPOINT,
                projectId == null ? "" : " project " + projectId);
    }

    private static GoogleCredentials credentials(FcmProperties properties) {
        try {
            if (properties.credentialsFile() != null && !properties.credentialsFile().isBlank()) {
                try (InputStream in = new FileInputStream(properties.credentialsFile())) {
                    return GoogleCredentials.fromStream(in);
                }
            }
            String env = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
            if (env != null && !env.isBlank()) {
                return GoogleCredentials.getApplicationDefault();
            }
            // a local FCM-compatible server takes any token; it never expires within a run
            return GoogleCredentials.create(new AccessToken(DUMMY_TOKEN, Date.from(Instant.now().plusSeconds(365L * 24 * 3600))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Firebase credentials", e);
        }
    }

    @Override
    public List<PushResult> send(List<PushMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        if (messages.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " messages per call");
        }
        // one Android config per kind of push in the batch: the SDK formats its TTL through String.format,
        // a fifth of the send pool's CPU when built per message
        Map<AndroidKey, AndroidConfig> androids = new HashMap<>();
        List<Message> fcm = messages.stream()
                .map(m -> toFcm(m, webLink.apply(m.data().get("noticeId")), androids)).toList();
        try {
            BatchResponse response = messaging.sendEach(fcm);
            List<PushResult> results = new ArrayList<>(messages.size());
            for (SendResponse one : response.getResponses()) {
                results.add(one.isSuccessful() ? PushResult.sent(one.getMessageId()) : failure(one.getException()));
            }
            return results;
        } catch (FirebaseMessagingException e) {
            // the whole call failed (e.g. authentication): every message failed the same way
            log.warn("FCM refused a batch of {}: {}", messages.size(), e.getMessage());
            PushResult failed = failure(e);
            return messages.stream().map(m -> failed).toList();
        }
    }

    private static PushResult failure(FirebaseMessagingException e) {
        MessagingErrorCode code = e == null ? null : e.getMessagingErrorCode();
        String name = code != null ? code.name() : e != null && e.getErrorCode() != null ? e.getErrorCode().name() : "UNKNOWN";
        return PushResult.failed(name, code != null && INVALID_TOKEN.contains(code), code == null || TRANSIENT.contains(code),
                retryAfter(e));
    }

    /** FCM's {@code Retry-After} header, in seconds (the form FCM uses), if the answer had one. */
    static java.time.Duration retryAfter(FirebaseMessagingException e) {
        if (e == null || e.getHttpResponse() == null || e.getHttpResponse().getHeaders() == null) {
            return null;
        }
        for (var header : e.getHttpResponse().getHeaders().entrySet()) {
            if ("retry-after".equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
                String value = header.getValue() instanceof java.util.List<?> list && !list.isEmpty()
                        ? String.valueOf(list.get(0)) : String.valueOf(header.getValue());
                try {
                    return java.time.Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
                } catch (NumberFormatException notSeconds) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The FCM message for one push: the notification and data for every platform, Android's channel,
     * collapse key, TTL and priority, and for a browser the Web Push headers, its notification (tagged by
     * notice, so a newer push about it replaces the older) and, given {@code webLink}, the page a tap opens.
     */
    static Message toFcm(PushMessage m, String webLink, Map<AndroidKey, AndroidConfig> androids) {
        // an AndroidConfig is immutable: the messages of one kind share it
        AndroidConfig android = androids.computeIfAbsent(
                new AndroidKey(m.collapseKey(), m.ttl().toMillis(), m.highPriority(), m.channelId()),
                key -> AndroidConfig.builder()
                        .setCollapseKey(key.collapseKey())
                        .setTtl(key.ttlMillis())
                        .setPriority(key.highPriority() ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL)
                        .setNotification(AndroidNotification.builder().setChannelId(key.channelId())
                                .setTag(key.collapseKey()).build())
                        .build());
        Message.Builder builder = Message.builder()
                .setToken(m.token())
                .putAllData(m.data())
                .setNotification(Notification.builder().setTitle(m.title()).setBody(m.body()).build())
                .setAndroidConfig(android);
        if (m.platform() == Platform.WEB) {
            WebpushConfig.Builder web = WebpushConfig.builder()
                    .putHeader("TTL", String.valueOf(m.ttl().toSeconds()))
                    .putHeader("Urgency", m.highPriority() ? "high" : "normal")
                    .setNotification(WebpushNotification.builder().setTitle(m.title()).setBody(m.body())
                            .setTag(m.collapseKey()).setIcon(WEB_ICON).build());
            if (webLink != null) {
                web.setFcmOptions(WebpushFcmOptions.withLink(webLink));
            }
            builder.setWebpushConfig(web.build());
        }
        return builder.build();
    }

    /** What an Android config is made of: messages that agree on it share one. */
    record AndroidKey(String collapseKey, long ttlMillis, boolean highPriority, String channelId) {
    }

    @Override
    public boolean isSimulated() {
        return false;
    }

    @Override
    public void close() {
        app.delete();
    }

    /**
     * firebase-admin's threads for this app: a fixed pool, so {@code sendEach} never starts 500 threads,
     * at the fan-out's nice value.
     */
    private static final class SendThreads extends com.google.firebase.ThreadManager {
        private final int threads;
        private final int niceness;

        SendThreads(int threads, int niceness) {
            this.threads = threads;
            this.niceness = niceness;
        }

        @Override
        protected java.util.concurrent.ExecutorService getExecutor(FirebaseApp app) {
            return java.util.concurrent.Executors.newFixedThreadPool(threads, getThreadFactory());
        }

        @Override
        protected void releaseExecutor(FirebaseApp app, java.util.concurrent.ExecutorService executor) {
            executor.shutdownNow();
        }

        @Override
        protected java.util.concurrent.ThreadFactory getThreadFactory() {
            return org.fugong.base.BackgroundThreads.factory("fcm-send-", niceness);
        }
    }
}
