package org.fugong.notice;

/** Who applies for a policy's benefit: an enterprise (through its HR users) or a worker personally. */
public enum Applicant {
    ENTERPRISE,
    WORKER
}
