package org.fugong.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why Fugong refused to start under {@code prod}, and what to set, as Spring Boot's failure report. */
class ProductionRefusalAnalyzer extends AbstractFailureAnalyzer<ProductionRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionRefusal cause) {
        return new FailureAnalysis("Fugong refuses to start under the prod profile: " + cause.getMessage(),
                cause.action(), cause);
    }
}
