package org.fugong.push;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The worker web app's public configuration: needs no token, holds nothing secret. */
@RestController
@SecurityRequirements
class AppConfigController {

    private final WebPushProperties webPush;

    AppConfigController(WebPushProperties webPush) {
        this.webPush = webPush;
    }

    @GetMapping("/api/v1/app/config")
    ResponseEntity<AppConfig> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new AppConfig(webPush.toConfig()));
    }
}
