package org.fugong.reference;

import org.fugong.base.LocalizedText;

/**
 * An entry of a reference list: a stable lower-case code (what is stored and sent), its name in
 * Chinese and English (what people read), and the pinyin of the Chinese name, whole and as
 * initials (what people type to find it: "dg" for 电工).
 */
public interface Term {

    String code();

    LocalizedText name();

    /** The pinyin initials of the Chinese name, e.g. {@code zzy} for 制造业. */
    String initials();

    /** The pinyin of the Chinese name without tones or spaces, ü written v, e.g. {@code zhizaoye}. */
    String pinyin();
}
