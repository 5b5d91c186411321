package org.fugong.publicity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Publicity of approved subsidies ({@code fugong.publicity.*}).
 *
 * @param workingDays       length of the objection period in working days (5), public holidays aside
 * @param objectionsPerHour objections one address may file per hour (3), so the form cannot be flooded
 * @param publicBaseUrl     the address the public reaches the console at (e.g. {@code https://fugong.zhanjiang.gov.cn}),
 *                          for the link in the announcement; empty: the link is relative
 * @param checkInterval     how often ended periods are looked for
 */
@ConfigurationProperties("fugong.publicity")
public record PublicityProperties(@DefaultValue("5") int workingDays,
                                  @DefaultValue("3") int objectionsPerHour,
                                  @DefaultValue("") String publicBaseUrl,
                                  @DefaultValue("1m") Duration checkInterval) {

    public PublicityProperties {
        workingDays = Math.max(1, Math.min(30, workingDays));
        objectionsPerHour = Math.max(1, objectionsPerHour);
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
    }

    /** The public page of a publicity. */
    public String pageOf(String publicityId) {
        return publicBaseUrl + "/public/publicity/" + publicityId;
    }
}
