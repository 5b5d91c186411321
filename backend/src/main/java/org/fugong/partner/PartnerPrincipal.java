package org.fugong.partner;

/** The partner platform a feed request comes from, as its API key identified it. */
record PartnerPrincipal(String id, String name) {
}
