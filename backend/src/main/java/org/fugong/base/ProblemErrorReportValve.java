package org.fugong.base;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error page for what it refuses before Spring sees the request (an encoded slash or a
 * NUL in the path, a request line or headers too long): a problem detail in the caller's language
 * instead of Tomcat's HTML page, like every other error of the API. Installed as the host's error
 * report valve by {@link WebServerProblems}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = Languages.parse(request.getHeader("Accept-Language"));
        HttpStatus known = HttpStatus.resolve(status);
        String body = "{\"type\":\"urn:fugong:problem:" + code(status).substring("error.".length())
                + "\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                + "\",\"status\":" + status + ",\"detail\":\"" + json(text(code(status), locale)) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was committed meanwhile: nothing more to say
        }
    }

    static String code(int status) {
        return switch (status) {
            case 404 -> "error.no-such-path";
            case 405 -> "error.method-not-allowed";
            case 413, 414, 431 -> "error.too-large";
            default -> status >= 500 ? "error.internal" : "error.bad-request";
        };
    }

    private static String text(String code, Locale locale) {
        try {
            return ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(code);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("messages", Locale.ROOT).getString(code);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
