package org.fugong.enterprise;

import java.util.List;

/**
 * A request an enterprise raises with its task force.
 *
 * @param text      plain text, at most 2000 characters
 * @param headcount workers short: required (at least 1) for a labour shortage, absent otherwise
 * @param skills    lower-case skill codes wanted, for a labour shortage only
 */
public record NewRequest(RequestCategory category, String text, Integer headcount, List<String> skills) {
}
