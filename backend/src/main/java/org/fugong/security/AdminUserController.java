package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Console users over the integration API: ADMIN creates them. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserController {

    private final UserService users;

    AdminUserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StaffUser create(@RequestBody NewUser user, Actor actor) {
        return users.create(user, actor);
    }

    @GetMapping
    CursorPage<StaffUser> list(@RequestParam(required = false) Role role, @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String cursor, Actor actor) {
        actor.require(Role.ADMIN);
        return users.list(role, Paging.of(limit, cursor));
    }
}
