package org.fugong.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security's console login find users in MongoDB. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final UserService users;

    StaffUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.document(username)
                .map(doc -> new StaffPrincipal(doc.toUser().toActor(), doc.passwordHash, doc.enabled))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
