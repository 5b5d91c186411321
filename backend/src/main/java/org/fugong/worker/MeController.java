package org.fugong.worker;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in worker's profile and devices ({@code /me}). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final WorkerService workers;
    private final DeviceService devices;

    MeController(WorkerService workers, DeviceService devices) {
        this.workers = workers;
        this.devices = devices;
    }

    @GetMapping
    WorkerProfile me(@AuthenticationPrincipal Jwt token) {
        return workers.profile(token.getSubject());
    }

    @PutMapping
    WorkerProfile update(@AuthenticationPrincipal Jwt token, @RequestBody ProfileUpdate update) {
        return workers.update(token.getSubject(), update);
    }

    @PutMapping("/devices/{installationId}")
    Device registerDevice(@AuthenticationPrincipal Jwt token, @PathVariable String installationId,
                          @RequestBody DeviceRegistration registration) {
        return devices.register(token.getSubject(), installationId, registration);
    }

    @DeleteMapping("/devices/{installationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeDevice(@AuthenticationPrincipal Jwt token, @PathVariable String installationId) {
        devices.remove(token.getSubject(), installationId);
        return ResponseEntity.noContent().build();
    }
}
