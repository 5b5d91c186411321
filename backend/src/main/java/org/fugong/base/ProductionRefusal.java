package org.fugong.base;

/**
 * Thrown at start-up when the {@code prod} profile is active but a setting that production needs is
 * missing or one that is only for demos and tests is present. Spring Boot prints it through
 * {@link ProductionRefusalAnalyzer} as a short description and what to do, without a stack trace to
 * dig through.
 */
public class ProductionRefusal extends RuntimeException {

    private final String action;

    public ProductionRefusal(String problem, String action) {
        super(problem);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
