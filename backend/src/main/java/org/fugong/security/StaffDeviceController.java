package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.worker.DeviceRegistration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A console user's own phone for test pushes, registered by the app signed in with a staff account. */
@RestController
@RequestMapping("/api/v1/admin/me/devices")
class StaffDeviceController {

    private final StaffDevices devices;

    StaffDeviceController(StaffDevices devices) {
        this.devices = devices;
    }

    @PutMapping("/{installationId}")
    StaffDevice register(@PathVariable String installationId, @RequestBody DeviceRegistration registration, Actor actor) {
        return devices.register(installationId, registration, actor);
    }

    @DeleteMapping("/{installationId}")
    ResponseEntity<Void> remove(@PathVariable String installationId, Actor actor) {
        devices.remove(installationId, actor);
        return ResponseEntity.noContent().build();
    }
}
