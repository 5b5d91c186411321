package org.fugong.push;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Chooses the push gateway: firebase-admin when credentials or an endpoint are configured, otherwise
 * the recorded simulation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FcmProperties.class, PushProperties.class, WebPushProperties.class})
class PushConfiguration {

    @Bean
    PushGateway pushGateway(FcmProperties fcm, WebPushProperties web) {
        boolean credentials = fcm.credentialsFile() != null && !fcm.credentialsFile().isBlank()
                || System.getenv("GOOGLE_APPLICATION_CREDENTIALS") != null;
        if (credentials || fcm.hasCustomEndpoint()) {
            return new FcmPushGateway(fcm, web::linkTo);
        }
        return new SimulatedPushGateway();
    }

    /** The push pipeline's own threads, so sending never waits behind (or blocks) other work. */
    @Bean
    ThreadPoolTaskExecutor pushExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("push-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
