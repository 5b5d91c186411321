package org.fugong.push;

import org.fugong.base.BackgroundThreads;
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
    PushGateway pushGateway(FcmProperties fcm, WebPushProperties web, PushProperties push) {
        boolean credentials = fcm.credentialsFile() != null && !fcm.credentialsFile().isBlank()
                || System.getenv("GOOGLE_APPLICATION_CREDENTIALS") != null;
        if (credentials || fcm.hasCustomEndpoint()) {
            return new FcmPushGateway(fcm, web::linkTo, push.niceness());
        }
        return new SimulatedPushGateway();
    }

    /** The dispatcher's thread: walks ranges (their batches are sent by its send pool). */
    @Bean
    ThreadPoolTaskExecutor pushExecutor(PushProperties push) {
        return executor("push-", 1, push.niceness());
    }

    /** The dispatcher's planner: cuts jobs into ranges while the ranges cut so far are walked. */
    @Bean
    ThreadPoolTaskExecutor pushPlanExecutor(PushProperties push) {
        return executor("push-plan-", 1, push.niceness());
    }

    /** The outbox relay's thread: decisions, promotions, changes, reminders, retries. */
    @Bean
    ThreadPoolTaskExecutor pushRelayExecutor(PushProperties push) {
        return executor("push-relay-", 1, push.niceness());
    }

    private static ThreadPoolTaskExecutor executor(String prefix, int threads, int niceness) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadFactory(BackgroundThreads.factory(prefix, niceness));
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        // a kick only asks to look for work: one waiting is as good as many
        executor.setQueueCapacity(1);
        executor.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
