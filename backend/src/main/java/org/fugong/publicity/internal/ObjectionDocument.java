package org.fugong.publicity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An objection to a publicity ({@code objections}): who (a name if given, and a way to reach them),
 * which line if any, what, and the bureau's answer. The contact is for the official answering it only.
 */
@Document("objections")
public class ObjectionDocument {
    @Id
    public String id;
    public String publicityId;
    public Integer lineNo;
    public String name;
    public String contact;
    public String text;
    public Instant at;
    public String answer;
    public Boolean upheld;
    public String answeredBy;
    public Instant answeredAt;
}
