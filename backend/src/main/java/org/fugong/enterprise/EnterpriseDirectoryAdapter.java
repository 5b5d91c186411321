package org.fugong.enterprise;

import org.fugong.security.EnterpriseDirectory;
import org.fugong.worker.EmployerDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers user management's and worker imports' questions about enterprises. */
@Component
class EnterpriseDirectoryAdapter implements EnterpriseDirectory, EmployerDirectory {

    private final EnterpriseService enterprises;

    EnterpriseDirectoryAdapter(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public boolean exists(String enterpriseId) {
        return enterprises.exists(enterpriseId);
    }

    @Override
    public Optional<String> idByCreditCode(String creditCode) {
        return enterprises.findByCreditCode(creditCode).map(Enterprise::id);
    }
}
