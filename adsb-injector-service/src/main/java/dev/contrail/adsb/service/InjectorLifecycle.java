package dev.contrail.adsb.service;

import dev.contrail.adsb.inject.InjectionSender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the sender, then one thread per source; on shutdown stops the sources first and lets the
 * sender deliver what they produced, so a graceful stop loses nothing. With {@code exit-when-done}
 * the service ends once every source has ended (a replay of files).
 */
@Component
class InjectorLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InjectorLifecycle.class);

    private final List<FeedSource> sources;
    private final InjectionSender sender;
    private final InjectorProperties properties;
    private final ApplicationContext context;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    InjectorLifecycle(
            List<FeedSource> sources,
            InjectionSender sender,
            InjectorProperties properties,
            ApplicationContext context) {
        this.sources = sources;
        this.sender = sender;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void start() {
        sender.start();
        for (FeedSource source : sources) {
            threads.add(Thread.ofPlatform().name("adsb-source-" + source.name()).start(() -> run(source)));
        }
        running = true;
        log.info(
                "injecting from {} into {}",
                sources.stream().map(FeedSource::name).toList(),
                properties.commandService());
        if (properties.exitWhenDone()) {
            Thread.ofPlatform().name("adsb-exit-when-done").start(this::exitWhenDone);
        }
    }

    private static void run(FeedSource source) {
        try {
            source.run();
            log.info(
                    "{} ended: {} frames, {} events",
                    source.name(),
                    source.pipeline().frames(),
                    source.pipeline().emitted());
        } catch (InterruptedException e) {
            log.info("{} stopped", source.name());
        } catch (Exception e) {
            log.error("{} failed", source.name(), e);
        }
    }

    private void exitWhenDone() {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            return;
        }
        log.info("all sources ended; delivering the rest and exiting");
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    @Override
    public void stop() {
        threads.forEach(Thread::interrupt);
        try {
            for (Thread t : threads) {
                t.join(5_000);
            }
            sender.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
