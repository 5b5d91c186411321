package org.fugong.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * How large a request body each part of the API takes, checked before anything reads it: a few
 * kilobytes for the sign-in calls anyone may make, the import limit for imports, and
 * {@code fugong.api.max-body} (512 KB) for the rest. A declared length over the limit is a 413 at
 * once, without reading the body; a body sent without a length is cut off where it passes the limit
 * (also a 413), so nobody can make a node read 20 MB to sign in.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

    @Bean
    FilterRegistrationBean<Filter> bodySizeLimitFilter(Messages messages, ObjectMapper mapper,
                                                      @Value("${fugong.api.max-body:512KB}") DataSize maxBody,
                                                      @Value("${fugong.api.max-sign-in-body:4KB}") DataSize maxSignIn) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(messages, mapper, maxBody.toBytes(), maxSignIn.toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final Messages messages;
        private final ObjectMapper mapper;
        private final long maxBody;
        private final long maxSignIn;

        Filter(Messages messages, ObjectMapper mapper, long maxBody, long maxSignIn) {
            this.messages = messages;
            this.mapper = mapper;
            this.maxBody = maxBody;
            this.maxSignIn = maxSignIn;
        }

        /** The largest body this request's endpoint takes. */
        long limitOf(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/v1/auth/") || path.equals("/api/v1/admin/auth/token")) {
                return maxSignIn;
            }
            if (path.endsWith(":import")) {
                return Uploads.MAX_BYTES + 64 * 1024L;
            }
            return maxBody;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long limit = limitOf(request);
            if (request.getContentLengthLong() > limit) {
                ProblemResponses.write(response, mapper, ProblemResponses.problem(413, "error.too-large",
                        messages.get("error.too-large", Languages.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))));
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
        }
    }

    /** A request whose body stops being read with a 413 past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLargeException("error.too-large");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
