package org.fugong.worker;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The schools named so far, for the pickers of the app and the console ({@code GET /reference/schools}). */
@RestController
@RequestMapping("/api/v1/reference/schools")
class SchoolController {

    private final Schools schools;

    SchoolController(Schools schools) {
        this.schools = schools;
    }

    /** Names containing {@code q} (all when empty), those starting with it first; at most {@code limit} (20). */
    @GetMapping
    List<String> schools(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit) {
        return schools.search(q, org.fugong.base.Paging.of(limit, null).limit());
    }
}
