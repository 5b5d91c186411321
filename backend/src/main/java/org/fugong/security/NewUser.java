package org.fugong.security;

import org.fugong.base.Role;

import java.util.Set;

/** A console user to create: HR users need their enterprise. */
public record NewUser(String username, String password, String displayName, Set<Role> roles, String enterpriseId) {
}
