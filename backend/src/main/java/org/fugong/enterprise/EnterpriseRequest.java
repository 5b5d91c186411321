package org.fugong.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * A request of an enterprise to its task force (专班) and the thread about it between the
 * enterprise's HR users and the bureau's officials.
 *
 * @param urgent      raised by a key enterprise (重点企业): sorted first wherever officials look
 * @param raisedBy    username of who raised it
 * @param messages    the thread, oldest first (at most {@value EnterpriseRequestService#MAX_MESSAGES})
 * @param resolution  how it was solved while RESOLVED; {@code null} otherwise
 * @param resolutions every resolution it has had, oldest first (a reopened request keeps the earlier ones)
 * @param deadlines   the dispatch clock of a key enterprise's request (due times and what became of them);
 *                    null for other enterprises
 * @param confidential opened from a worker's call for help: the bureau's staff see it, the enterprise does not
 */
public record EnterpriseRequest(String id, String enterpriseId, String enterpriseName, boolean urgent,
                                RequestCategory category, String text, Integer headcount, List<String> skills,
                                RequestStatus status, String raisedBy, RequestRole raisedAs,
                                List<RequestMessage> messages, Resolution resolution, List<Resolution> resolutions,
                                int reopenCount, Instant createdAt, Instant updatedAt, RequestDeadlines deadlines,
                                boolean confidential) {
}
