package org.fugong.enterprise;

/** An enterprise as the registry lists it, with its task force by display name. */
public record EnterpriseRow(Enterprise enterprise, String leaderName, String specialistName) {

    public String id() {
        return enterprise.id();
    }
}
