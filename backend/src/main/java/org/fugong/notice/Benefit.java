package org.fugong.notice;

/** The kinds of benefit a policy grants (专策). */
public enum Benefit {
    /** A one-off subsidy per first-time local hire, capped per enterprise. */
    HIRING_SUBSIDY,
    /** Part of the cost of chartered return buses. */
    BUS_SUBSIDY,
    /** Subsidised training. */
    TRAINING_SUBSIDY,
    /** A start-up loan or its interest subsidy. */
    STARTUP_LOAN,
    OTHER
}
