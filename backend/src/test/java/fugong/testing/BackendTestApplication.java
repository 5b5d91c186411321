package fugong.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerPortFileWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.File;

/**
 * The backend on its own, for the backend's tests: every feature under {@code org.fugong}, the
 * embedded in-memory database, and a clock tests can move. Lives outside {@code org.fugong} so the
 * real application never scans it. {@link #main} starts it as a process of its own (the crash test).
 */
@SpringBootApplication(scanBasePackages = "org.fugong")
public class BackendTestApplication {

    /** The system property naming the file the process writes its HTTP port to, once it listens. */
    public static final String PORT_FILE = "fugong.test.port-file";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BackendTestApplication.class);
        String portFile = System.getProperty(PORT_FILE);
        if (portFile != null) {
            // the process binds a port of its own choosing (server.port=0) and says which here
            application.addListeners(new WebServerPortFileWriter(new File(portFile)));
        }
        application.run(args);
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
