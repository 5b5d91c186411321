package org.fugong.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.fugong.base.CursorPage;
import org.fugong.base.Paging;
import org.fugong.base.Regions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The reference lists for signed-in workers and console users: industries and skills, whole or
 * searched, and the regions. They change only with a new release, so clients may keep them an hour.
 */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceController {

    private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();
    private static final RegionList REGIONS = RegionList.of(Regions.china());

    private final Taxonomy taxonomy = Taxonomy.standard();

    @GetMapping("/industries")
    @Operation(summary = "GB/T 4754-2017 sections and divisions: all of them in the standard's order, or those "
            + "matching q (code, Chinese or English name, pinyin or pinyin initials such as zzy for 制造业), best first")
    ResponseEntity<CursorPage<Industry>> industries(
            @Parameter(description = "what the user typed") @RequestParam(required = false) String q,
            @Parameter(description = "1–100; default: everything without q, 20 with q") @RequestParam(required = false) Integer limit) {
        return answer(q, limit, taxonomy.industries(), taxonomy::searchIndustries);
    }

    @GetMapping("/skills")
    @Operation(summary = "Occupations and trades (职业分类大典 2022): all of them, or those matching q (code, "
            + "Chinese or English name, pinyin or pinyin initials such as dg for 电工), best first")
    ResponseEntity<CursorPage<Skill>> skills(
            @Parameter(description = "what the user typed") @RequestParam(required = false) String q,
            @Parameter(description = "1–100; default: everything without q, 20 with q") @RequestParam(required = false) Integer limit) {
        return answer(q, limit, taxonomy.skills(), taxonomy::searchSkills);
    }

    @GetMapping("/regions")
    @Operation(summary = "Provinces, their cities and districts by GB/T 2260 name, as hometowns and districts are written")
    ResponseEntity<RegionList> regions() {
        return ResponseEntity.ok().cacheControl(AN_HOUR).body(REGIONS);
    }

    private static <T> ResponseEntity<CursorPage<T>> answer(String q, Integer limit, List<T> all,
                                                            BiFunction<String, Integer, List<T>> search) {
        boolean searching = q != null && !q.isBlank();
        List<T> items;
        if (!searching && limit == null) {
            items = all;
        } else {
            items = search.apply(searching ? q : "", Paging.of(limit, null).limit());
        }
        return ResponseEntity.ok().cacheControl(AN_HOUR).body(new CursorPage<>(items, null));
    }
}
