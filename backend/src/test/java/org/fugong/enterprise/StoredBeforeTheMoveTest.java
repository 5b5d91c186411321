package org.fugong.enterprise;

import fugong.testing.IntegrationTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents written before the documents moved into the features' internal packages carry the old
 * class name in {@code _class}. Spring Data reads them as the class asked for (the stored name is only
 * a hint, and one naming no loadable class is ignored), so an enterprise and a console user stored
 * by an earlier release still read, and new writes carry the new name.
 */
class StoredBeforeTheMoveTest extends IntegrationTest {

    @Test
    void an_enterprise_stored_under_the_old_class_name_still_reads() {
        String id = new ObjectId().toHexString();
        mongo.getCollection("enterprises").insertOne(new Document("_id", new ObjectId(id))
                .append("name", "旧版本写入的工厂").append("creditCode", "91440300MA5OLDCLS1")
                .append("key", true).append("createdAt", Date.from(Instant.parse("2025-01-02T03:04:05Z")))
                .append("_class", "org.fugong.enterprise.EnterpriseDocument"));

        Enterprise read = enterprises.find(id).orElseThrow();

        assertThat(read.name()).isEqualTo("旧版本写入的工厂");
        assertThat(read.key()).isTrue();
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    }

    @Test
    void an_enterprise_written_now_carries_the_class_name_of_the_features_inside() {
        Enterprise created = data.enterprise("新版本写入的工厂", data.staff("move.official", Role.OFFICIAL), false);

        Document raw = mongo.getCollection("enterprises").find(new Document("_id", new ObjectId(created.id()))).first();

        assertThat(raw.getString("_class")).isEqualTo("org.fugong.enterprise.internal.EnterpriseDocument");
    }

    @Test
    void a_console_user_stored_under_the_old_class_name_is_still_found_by_name() {
        String id = new ObjectId().toHexString();
        mongo.getCollection("users").insertOne(new Document("_id", new ObjectId(id))
                .append("username", "old.release.official").append("displayName", "旧版本的干部")
                .append("roles", java.util.List.of("OFFICIAL")).append("enabled", true)
                .append("_class", "org.fugong.security.StaffUserDocument"));

        assertThat(users.findByUsername("old.release.official"))
                .hasValueSatisfying(user -> assertThat(user.displayName()).isEqualTo("旧版本的干部"));
    }
}
