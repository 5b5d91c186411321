package org.fugong.reference;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.LocalizedText;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An occupation or trade a worker has and an employer asks for, e.g. {@code electrician} 电工, under
 * its 职业分类大典 middle group.
 */
public record Skill(@Schema(requiredMode = REQUIRED) String code,
                    @Schema(requiredMode = REQUIRED) OccupationGroup group,
                    @Schema(requiredMode = REQUIRED) LocalizedText name,
                    @Schema(requiredMode = REQUIRED) String initials,
                    @Schema(requiredMode = REQUIRED) String pinyin)
        implements Term {
}
