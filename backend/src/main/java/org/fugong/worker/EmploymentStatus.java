package org.fugong.worker;

/** Where a worker stands: looking for work, employed, or a student (e.g. of a technical school). */
public enum EmploymentStatus {
    SEEKING,
    EMPLOYED,
    STUDENT
}
