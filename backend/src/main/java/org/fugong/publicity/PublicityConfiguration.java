package org.fugong.publicity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the publicity's settings ({@code fugong.publicity.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicityProperties.class)
class PublicityConfiguration {
}
