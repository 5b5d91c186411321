package org.fugong.publicity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claim listed in a publicity ({@code publicityClaims}, by the claim's id): an approved claim is
 * publicised once; the unique key keeps two publicities from listing it at the same time.
 */
@Document("publicityClaims")
public class PublicityClaimDocument {
    @Id
    public String id;
    public String publicityId;
}
