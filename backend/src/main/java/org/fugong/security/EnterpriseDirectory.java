package org.fugong.security;

/**
 * What user management needs to know of enterprises: whether one exists. Implemented by the
 * enterprise feature, so that security does not depend on it.
 */
public interface EnterpriseDirectory {

    boolean exists(String enterpriseId);
}
