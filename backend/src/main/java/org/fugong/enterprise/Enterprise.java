package org.fugong.enterprise;

import java.time.Instant;

/**
 * An enterprise as the console and the API show it.
 *
 * @param key             a key enterprise (重点企业): its postings and requests are urgent and sorted first
 * @param taskForceLeader username of the official leading its task force
 * @param specialist      username of its dedicated HR specialist (专员)
 */
public record Enterprise(String id, String name, String creditCode, String industry, String district, boolean key,
                         Integer headcount, String taskForceLeader, String specialist, Instant createdAt,
                         Instant updatedAt) {
}
