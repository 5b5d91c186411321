package org.fugong.enterprise.internal;

import org.fugong.enterprise.Enterprise;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document("enterprises")
public class EnterpriseDocument {
    @Id
    public String id;
    public String name;
    public String creditCode;
    public String industry;
    public String district;
    public boolean key;
    public Integer headcount;
    public String taskForceLeader;
    public String specialist;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    public Enterprise toEnterprise() {
        return new Enterprise(id, name, creditCode, industry, district, key, headcount, taskForceLeader, specialist,
                createdAt, updatedAt);
    }
}
