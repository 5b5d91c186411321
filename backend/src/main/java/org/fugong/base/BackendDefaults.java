package org.fugong.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The backend's own defaults (messages, locale resolution, problem details, JSON, the API document),
 * as a property source below the application's {@code application.properties}, which would otherwise
 * hide the backend's file of the same name.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:fugong-defaults.properties", encoding = "UTF-8")
class BackendDefaults {
}
