package fugong.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend, as the benchmark runs it: every feature, the embedded in-memory database. */
@SpringBootApplication(scanBasePackages = "org.fugong")
public class BenchApplication {
}
