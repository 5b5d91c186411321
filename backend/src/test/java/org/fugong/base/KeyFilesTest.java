package org.fugong.base;

import fugong.testing.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generated keys live in owner-only files of the data folder, not in the database that anyone on the
 * host can reach through its loopback port; a key an older version left in the database moves to its
 * file and leaves the database.
 */
class KeyFilesTest extends IntegrationTest {

    @TempDir
    Path data;

    @Test
    void missing_keys_are_generated_into_owner_only_files_and_read_back_on_the_next_start() throws Exception {
        KeyRing first = new KeyRing(mongo, new MockEnvironment(), "", "", data);

        Path keys = data.resolve("keys");
        assertThat(OwnerOnlyFiles.isOwnerOnly(keys)).as("keys folder is 700").isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(keys.resolve("token-secret"))).as("key file is 600").isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(keys.resolve("data-key"))).isTrue();
        assertThat(Base64.getDecoder().decode(Files.readString(keys.resolve("token-secret")).strip())).hasSize(32);

        KeyRing second = new KeyRing(mongo, new MockEnvironment(), "", "", data);
        assertThat(second.tokenSecret()).isEqualTo(first.tokenSecret());
        assertThat(second.derive("phone")).isEqualTo(first.derive("phone"));
        assertThat(mongo.getCollection("settings").countDocuments(new Document("_id", "key:token-secret"))).isZero();
    }

    @Test
    void a_key_kept_in_the_database_by_an_older_version_moves_to_its_file_and_leaves_the_database() {
        byte[] old = new byte[32];
        old[0] = 7;
        mongo.getCollection("settings").insertOne(new Document("_id", "key:token-secret")
                .append("value", Base64.getEncoder().encodeToString(old)));

        KeyRing keys = new KeyRing(mongo, new MockEnvironment(), "", "", data);

        assertThat(keys.tokenSecret()).as("tokens signed before the upgrade stay valid").isEqualTo(old);
        assertThat(mongo.getCollection("settings").countDocuments(new Document("_id", "key:token-secret"))).isZero();
        assertThat(data.resolve("keys/token-secret")).exists();
    }

    @Test
    void under_prod_a_key_must_be_configured() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new KeyRing(mongo, prod, "", "", data))
                .isInstanceOf(ProductionRefusal.class)
                .hasMessageContaining("fugong.security.token-secret");
        assertThat(data.resolve("keys")).doesNotExist();
    }
}
