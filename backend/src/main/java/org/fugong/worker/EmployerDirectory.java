package org.fugong.worker;

import java.util.Optional;

/**
 * What workers' profiles and imports need to know of enterprises: whether one exists, and which one
 * a unified social credit code names.
 * Implemented by the enterprise feature, so that workers do not depend on it.
 */
public interface EmployerDirectory {

    /** The id of the enterprise registered under this (normalised, valid) credit code. */
    Optional<String> idByCreditCode(String creditCode);

    /** Whether an enterprise with this id is registered. */
    boolean exists(String enterpriseId);
}
