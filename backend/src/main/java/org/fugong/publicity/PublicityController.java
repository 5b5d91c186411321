package org.fugong.publicity;

import org.fugong.base.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Publicities over the integration API: list, publish a policy's approved claims, see objections, answer them. */
@RestController
@RequestMapping("/api/v1/admin")
class PublicityController {

    private final PublicityService publicities;
    private final Objections objections;

    PublicityController(PublicityService publicities, Objections objections) {
        this.publicities = publicities;
        this.objections = objections;
    }

    record NewPublicity(String policyId) {
    }

    record Answer(String answer, Boolean upheld) {
    }

    @GetMapping("/publicities")
    List<Publicity> list(Actor actor) {
        return publicities.list(actor);
    }

    /** Lists the policy's approved claims not publicised yet; the announcement goes for review at once. */
    @PostMapping("/publicities")
    @ResponseStatus(HttpStatus.CREATED)
    Publicity publish(@RequestBody NewPublicity input, Actor actor) {
        return publicities.publish(input == null ? null : input.policyId(), actor);
    }

    @GetMapping("/publicities/{id}")
    Publicity get(@PathVariable String id, Actor actor) {
        return publicities.get(id, actor);
    }

    @PostMapping("/objections/{id}/answer")
    Objection answer(@PathVariable String id, @RequestBody Answer input, Actor actor) {
        return objections.answer(id, input == null ? null : input.answer(), input == null ? null : input.upheld(), actor);
    }
}
