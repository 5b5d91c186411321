package org.fugong.push;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import org.apache.http.HttpHost;
import org.apache.http.HttpStatus;
import org.apache.http.client.methods.HttpRequestWrapper;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP transport firebase-admin sends through: Apache HttpClient with a pool of persistent
 * connections as large as the SDK's thread pool (TCP_NODELAY, as HttpClient sets by default), which
 * <ul>
 *   <li>re-addresses requests to a configured FCM-compatible endpoint (scheme, host, port and path
 *       prefix), when one is set;</li>
 *   <li>hands FCM's 500 and 503 answers to the SDK as 502, so the SDK does not retry them itself (its
 *       built-in retry blocks a thread for seconds per message): Fugong retries them later, off the
 *       batch ({@link PushSender}). The error body, with FCM's error code and Retry-After, is kept.</li>
 * </ul>
 */
final class FcmTransport {

    /** The statuses firebase-admin would retry in place. */
    private static final Set<Integer> SDK_RETRIED = Set.of(HttpStatus.SC_INTERNAL_SERVER_ERROR, HttpStatus.SC_SERVICE_UNAVAILABLE);

    private FcmTransport() {
    }

    static HttpTransport create(FcmProperties properties) {
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(60, TimeUnit.SECONDS);
        connections.setMaxTotal(properties.threads());
        connections.setDefaultMaxPerRoute(properties.threads());
        HttpClientBuilder client = ApacheHttpTransport.newDefaultHttpClientBuilder()
                .setConnectionManager(connections)
                .setMaxConnTotal(properties.threads())
                .setMaxConnPerRoute(properties.threads())
                .addInterceptorLast((org.apache.http.HttpResponseInterceptor) (response, context) -> {
                    if (SDK_RETRIED.contains(response.getStatusLine().getStatusCode())) {
                        response.setStatusCode(HttpStatus.SC_BAD_GATEWAY);
                    }
                });
        if (properties.hasCustomEndpoint()) {
            URI endpoint = URI.create(properties.endpoint().replaceAll("/+$", ""));
            HttpHost target = new HttpHost(endpoint.getHost(), endpoint.getPort(), endpoint.getScheme());
            String prefix = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
            client.setRoutePlanner((host, request, context) -> new HttpRoute(target, null,
                    "https".equalsIgnoreCase(target.getSchemeName())));
            if (!prefix.isEmpty()) {
                client.addInterceptorFirst((org.apache.http.HttpRequestInterceptor) (request, context) -> {
                    if (request instanceof HttpRequestWrapper wrapper) {
                        URI uri = wrapper.getURI();
                        wrapper.setURI(URI.create(prefix + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
                    }
                });
            }
        }
        return new ApacheHttpTransport(client.build());
    }
}
