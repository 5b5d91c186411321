package org.fugong.enterprise;

/**
 * What an enterprise asks its task force for. Only a labour shortage carries a headcount and skills.
 * WORKER_HELP is opened by Fugong itself when a worker the enterprise received asks for help in a
 * follow-up after arrival; nobody raises it by hand.
 */
public enum RequestCategory {
    LABOUR_SHORTAGE,
    POLICY_QUESTION,
    TRANSPORT,
    OTHER,
    WORKER_HELP
}
