package org.fugong.enterprise;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document("enterprises")
class EnterpriseDocument {
    @Id
    String id;
    String name;
    String creditCode;
    String industry;
    String district;
    boolean key;
    Integer headcount;
    String taskForceLeader;
    String specialist;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    Enterprise toEnterprise() {
        return new Enterprise(id, name, creditCode, industry, district, key, headcount, taskForceLeader, specialist,
                createdAt, updatedAt);
    }
}
