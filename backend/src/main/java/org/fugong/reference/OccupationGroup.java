package org.fugong.reference;

import org.fugong.base.LocalizedText;

/**
 * A middle group (中类) of the 职业分类大典, e.g. {@code 6-31} 生产辅助人员.
 *
 * @param code the 大典's number of the group
 */
public record OccupationGroup(String code, LocalizedText name) {
}
