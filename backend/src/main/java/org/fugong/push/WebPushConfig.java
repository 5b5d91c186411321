package org.fugong.push;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The public Firebase configuration the worker web app initialises Firebase Cloud Messaging with
 * ({@code firebase/app}'s options) and the VAPID key it asks for a token with.
 */
public record WebPushConfig(@Schema(requiredMode = REQUIRED) String apiKey,
                            String authDomain,
                            @Schema(requiredMode = REQUIRED) String projectId,
                            @Schema(requiredMode = REQUIRED) String messagingSenderId,
                            @Schema(requiredMode = REQUIRED) String appId,
                            @Schema(requiredMode = REQUIRED, description = "the public key of the project's Web Push "
                                    + "certificate") String vapidKey) {
}
