package org.fugong.publicity;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An objection to a publicity ({@code objections}): who (a name if given, and a way to reach them),
 * which line if any, what, and the bureau's answer. The contact is for the official answering it only.
 */
@Document("objections")
class ObjectionDocument {
    @Id
    String id;
    String publicityId;
    Integer lineNo;
    String name;
    String contact;
    String text;
    Instant at;
    String answer;
    Boolean upheld;
    String answeredBy;
    Instant answeredAt;
}
