package org.fugong.base;

import de.bwaldvogel.mongo.MongoServer;
import fugong.testing.Api;
import fugong.testing.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} tells the truth about the database: UP on the embedded default (which does
 * not know Spring Boot's {@code hello}), DOWN within moments when the database stops, and the
 * readiness probe with it, while liveness stays UP (restarting the node would not bring the database
 * back). A probe of a stopped database leaves one log line, not a stack trace each time.
 * <p>Stops the database, so it runs in a context of its own, thrown away afterwards.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fugong.health.mongo-timeout=1500ms")
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class MongoHealthTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoServer server;

    @Test
    void health_is_up_on_the_embedded_database_and_down_when_it_stops(CapturedOutput output) {
        Api api = new Api(port);
        Api.Reply health = api.get("/actuator/health").send();
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").send().text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").send().text("status")).isEqualTo("UP");

        server.shutdownNow();
        long started = System.nanoTime();
        Api.Reply down = api.get("/actuator/health").send();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.text("status")).isEqualTo("DOWN");
        assertThat(millis).as("a probe does not wait for the driver's 30 s").isLessThan(10_000);
        Api.Reply readiness = api.get("/actuator/health/readiness").send();
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.text("status")).isEqualTo("DOWN");
        assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        api.get("/actuator/health").send();

        String log = output.getOut() + output.getErr();
        assertThat(log.lines().filter(line -> line.contains("The database does not answer"))).hasSize(1);
        assertThat(log).doesNotContain("Mongo health check failed").doesNotContain("no such command: 'hello'");
    }
}
