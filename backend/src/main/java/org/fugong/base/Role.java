package org.fugong.base;

/**
 * What a console user may do. ADMIN manages users; OFFICIAL writes notices and reviews responses;
 * REVIEWER approves other officials' notices; HR acts for one enterprise only.
 */
public enum Role {
    ADMIN,
    OFFICIAL,
    REVIEWER,
    HR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
