package org.fugong.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.base.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Lets a feed request through only with a partner's valid API key in {@code X-Api-Key}; without one,
 * or with a revoked one, the answer is 401 with a problem detail in the caller's language.
 */
class PartnerKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final PartnerService partners;
    private final Messages messages;
    private final ObjectMapper mapper;

    PartnerKeyFilter(PartnerService partners, Messages messages, ObjectMapper mapper) {
        this.partners = partners;
        this.messages = messages;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        var partner = partners.authenticate(key == null ? null : key.strip());
        if (partner.isEmpty()) {
            String code = key == null || key.isBlank() ? "error.partner-key-missing" : "error.partner-key-invalid";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"");
            ProblemResponses.write(response, mapper, ProblemResponses.problem(401, code,
                    messages.get(code, Languages.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))));
            return;
        }
        PartnerPrincipal principal = new PartnerPrincipal(partner.get().id, partner.get().name);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
        chain.doFilter(request, response);
    }
}
