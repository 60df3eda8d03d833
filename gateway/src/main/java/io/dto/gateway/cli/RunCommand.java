package io.dto.gateway.cli;

import io.dto.gateway.Gateway;
import io.dto.gateway.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway run}: starts the gateway and runs until interrupted. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start the gateway with the plugins of its configuration.")
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--config", description = "gateway configuration file (default: ${DEFAULT-VALUE})",
            defaultValue = "config/gateway.yaml")
    private Path config;

    @Option(names = "--port", description = "HTTP port (overrides the configuration and GATEWAY_HTTP_PORT)")
    private Integer port;

    @Override
    public Integer call() throws InterruptedException {
        VertxRuntime.Instance runtime = VertxRuntime.create();
        CountDownLatch stopped = new CountDownLatch(1);
        Gateway[] running = new Gateway[1];
        AtomicBoolean stoppedAfterBacktest = new AtomicBoolean();
        new ConfigLoader(runtime.vertx(), System.getenv()).load(config, port)
                .compose(cfg -> Gateway.start(runtime.vertx(), cfg, runtime.registry()))
                .onSuccess(gateway -> {
                    running[0] = gateway;
                    gateway.backtestSummary().ifPresent(summary -> summary.onSuccess(report -> {
                        System.out.println(report.describe());
                        if (gateway.exitWhenBacktestDone()) {
                            stoppedAfterBacktest.set(true);
                            gateway.stop().eventually(() -> runtime.vertx().close())
                                    .onComplete(v -> stopped.countDown());
                        }
                    }));
                })
                .onFailure(e -> {
                    LOG.error("the gateway did not start: {}", e.getMessage());
                    runtime.vertx().close();
                    stopped.countDown();
                });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (running[0] != null && !stoppedAfterBacktest.get()) {
                LOG.info("stopping the gateway");
                try {
                    running[0].stop().eventually(() -> runtime.vertx().close())
                            .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    LOG.warn("the gateway did not stop cleanly: {}", e.getMessage());
                }
            }
            stopped.countDown();
        }, "gateway-shutdown"));
        stopped.await();
        return running[0] == null ? 1 : 0;
    }

}
