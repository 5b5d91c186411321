package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise registry over the integration API. */
@RestController
@RequestMapping("/api/v1/admin/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise create(@RequestBody NewEnterprise enterprise, Actor actor) {
        return enterprises.create(enterprise, actor);
    }

    @GetMapping
    CursorPage<Enterprise> list(@RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) String cursor, Actor actor) {
        return enterprises.list(actor, Paging.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Enterprise get(@PathVariable String id, Actor actor) {
        return enterprises.get(id, actor);
    }
}
