package org.fugong.reference;

import org.fugong.base.LocalizedText;

/**
 * An occupation or trade a worker has and an employer asks for, e.g. {@code electrician} 电工, under
 * its 职业分类大典 middle group.
 */
public record Skill(String code, OccupationGroup group, LocalizedText name, String initials, String pinyin)
        implements Term {
}
