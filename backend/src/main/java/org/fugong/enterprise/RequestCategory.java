package org.fugong.enterprise;

/** What an enterprise asks its task force for. Only a labour shortage carries a headcount and skills. */
public enum RequestCategory {
    LABOUR_SHORTAGE,
    POLICY_QUESTION,
    TRANSPORT,
    OTHER
}
