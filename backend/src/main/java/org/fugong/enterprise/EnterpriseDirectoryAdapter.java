package org.fugong.enterprise;

import org.fugong.security.EnterpriseDirectory;
import org.springframework.stereotype.Component;

/** Answers user management's questions about enterprises. */
@Component
class EnterpriseDirectoryAdapter implements EnterpriseDirectory {

    private final EnterpriseService enterprises;

    EnterpriseDirectoryAdapter(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public boolean exists(String enterpriseId) {
        return enterprises.exists(enterpriseId);
    }
}
