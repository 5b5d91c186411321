package org.fugong.enterprise;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the dispatch clock's settings ({@code fugong.dispatch.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
class DispatchConfiguration {
}
