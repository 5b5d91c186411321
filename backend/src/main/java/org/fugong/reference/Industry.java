package org.fugong.reference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.LocalizedText;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A section (门类) or division (大类) of GB/T 4754-2017.
 *
 * @param code         Fugong's code, e.g. {@code manufacturing}, {@code textile}
 * @param standardCode the standard's own code: a section letter ({@code C}) or division number ({@code 17})
 * @param section      for a division, the code of its section; {@code null} for a section
 */
public record Industry(@Schema(requiredMode = REQUIRED) String code,
                       @Schema(requiredMode = REQUIRED) String standardCode,
                       String section,
                       @Schema(requiredMode = REQUIRED) LocalizedText name,
                       @Schema(requiredMode = REQUIRED) String initials,
                       @Schema(requiredMode = REQUIRED) String pinyin) implements Term {

    /** Whether this is a division (of {@link #section()}) rather than a section. */
    @JsonIgnore
    public boolean isDivision() {
        return section != null;
    }
}
