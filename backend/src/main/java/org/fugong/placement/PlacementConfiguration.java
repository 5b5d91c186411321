package org.fugong.placement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the follow-up schedule ({@code fugong.follow-up.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class PlacementConfiguration {
}
