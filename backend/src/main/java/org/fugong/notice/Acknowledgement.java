package org.fugong.notice;

import java.time.Instant;

/** An enterprise HR user's "已阅" on a notice. */
public record Acknowledgement(String enterpriseId, String enterpriseName, String userId, String username, Instant at) {
}
