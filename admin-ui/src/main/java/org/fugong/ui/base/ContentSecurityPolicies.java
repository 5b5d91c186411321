package org.fugong.ui.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The Content-Security-Policy of the console and of the worker web app: what a page may load and
 * where it may connect, so an injected script or a framing site gets nowhere.
 * <ul>
 *   <li>The console runs Vaadin's pre-built bundle, whose bootstrap is an inline script and whose
 *       server-driven calls are evaluated in the page, so scripts need {@code 'unsafe-inline'} and
 *       {@code 'unsafe-eval'}; everything comes from the app itself.</li>
 *   <li>The worker app is built by Vite into plain module scripts: no inline or evaluated script.
 *       With {@code fugong.csp.web-push=true} it may reach the Firebase services web push needs.</li>
 * </ul>
 *
 * @param webPush          allow the worker app Firebase Cloud Messaging's web endpoints
 * @param extraConnectSrc  further origins both may connect to (e.g. an analytics endpoint)
 */
@ConfigurationProperties("fugong.csp")
record ContentSecurityPolicies(@DefaultValue("false") boolean webPush, @DefaultValue List<String> extraConnectSrc) {

    private static final String COMMON = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data: blob:; font-src 'self' data:; ";
    static final List<String> FIREBASE = List.of("https://*.googleapis.com", "https://fcmregistrations.googleapis.com",
            "https://firebaseinstallations.googleapis.com");

    String console() {
        return COMMON + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "connect-src " + connect(false) + "; worker-src 'self'; manifest-src 'self'";
    }

    String workerApp() {
        return COMMON + "script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src " + connect(webPush)
                + "; worker-src 'self'; manifest-src 'self'";
    }

    private String connect(boolean firebase) {
        List<String> sources = new ArrayList<>(List.of("'self'"));
        if (firebase) {
            sources.addAll(FIREBASE);
        }
        sources.addAll(extraConnectSrc);
        return String.join(" ", sources);
    }
}
