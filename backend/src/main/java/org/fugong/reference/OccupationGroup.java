package org.fugong.reference;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.LocalizedText;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A middle group (中类) of the 职业分类大典, e.g. {@code 6-31} 生产辅助人员.
 *
 * @param code the 大典's number of the group
 */
public record OccupationGroup(@Schema(requiredMode = REQUIRED) String code, @Schema(requiredMode = REQUIRED) LocalizedText name) {
}
