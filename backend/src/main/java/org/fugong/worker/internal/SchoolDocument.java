package org.fugong.worker.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A school named in a profile ({@code schools}, by name). */
@Document("schools")
public class SchoolDocument {
    @Id
    public String name;
}
