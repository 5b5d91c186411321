package org.fugong.push;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the worker web app needs to know before sign-in: how to receive pushes, if it can. */
public record AppConfig(@Schema(description = "Firebase Cloud Messaging for the web app; null when the server has "
        + "none configured, and then the app asks for no notification permission") WebPushConfig webPush) {
}
