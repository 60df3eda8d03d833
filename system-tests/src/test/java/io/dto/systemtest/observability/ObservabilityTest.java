package io.dto.systemtest.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.systemtest.BuiltInPlugins;
import io.dto.systemtest.GatewayHarness;
import io.dto.gateway.metrics.MeteredVertx;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observability stack as a user runs it: the gateway with the built-in plugins trading (the strategy through
 * paper, one order over FIX to fix-sim), a real Prometheus
 * scraping its {@code /metrics} with the shipped configuration and rules, and every query of every Grafana
 * dashboard and every rule evaluated through Prometheus's HTTP API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityTest {

    private static final Path REPO = Path.of(System.getProperty("dto.repo.dir", ".."));
    private static final Duration DATA_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Pattern COMPARISON = Pattern.compile("^(.*?)\\s*(==|!=|>=|<=|>|<)\\s*[0-9.]+$",
            Pattern.DOTALL);
    /** Families in the reference that need what this test does not provoke, and why. */
    private static final Map<String, String> NOT_PROVOKED = Map.of(
            "vertx_eventbus_discarded_total", "a consumer whose queue overflows",
            "gateway_plugin_bus_denied_total", "a plugin that sends or is sent what its permissions do not allow",
            "gateway_plugin_strikes_total", "a plugin that blocks, throws or floods (HostilePluginsTest)");

    @TempDir
    static Path work;

    private Vertx vertx;
    private GatewayHarness gateway;
    private PrometheusServer prometheus;
    private Dashboards dashboards;

    @BeforeAll
    void startGatewayAndPrometheus() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        vertx = MeteredVertx.create(registry);
        Path plugins = Files.createDirectory(work.resolve("plugins"));
        BuiltInPlugins.copy(plugins, "synthetic", "ma-crossover", "paper", "fix-sim", "fix");
        int venuePort = freePort();
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("synthetic", new JsonObject().put("rate", 50).put("seed", 7))
                .put("ma-crossover", new JsonObject().put("symbols", new JsonArray().add("AAPL").add("MSFT"))
                        .put("short_period", 3).put("long_period", 8))
                .put("fix-sim", new JsonObject().put("port", venuePort).put("symbols", new JsonArray().add("AAPL"))
                        .put("reference_prices", new JsonObject().put("AAPL", 100)))
                .put("fix", new JsonObject().put("settings_file", initiatorSettings(venuePort).toString())
                        .put("mass_status", true)));
        // "nowhere" is a known broker that no plugin runs: its orders pass the risk gate, then find no broker, and
        // the second such failure opens its circuit breaker for the rest of the test.
        config.put("brokers", new JsonObject().put("paper", new JsonObject()).put("fix", new JsonObject())
                .put("nowhere", new JsonObject().put("breaker_max_failures", 2).put("breaker_reset_ms", 600_000)));
        gateway = GatewayHarness.start(vertx, config, registry).toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        prometheus = PrometheusServer.start(work, PrometheusServer.testConfig(REPO, gateway.gateway().httpPort()));
        dashboards = Dashboards.load(REPO.resolve("grafana/dashboards"));
        Poll.until("Prometheus to scrape the gateway with the FIX session logged on", DATA_TIMEOUT, POLL,
                () -> hasValue(prometheus.samples("gateway_broker_session_logged_on{broker=\"fix\"} == 1")) ? true
                        : null);
        submit("fix", 10);
        submitToMissingBroker(1);
        Poll.until("a scrape with the first rejection", DATA_TIMEOUT, POLL,
                () -> hasValue(prometheus.samples("gateway_orders_rejected_total > 0")) ? true : null);
        submitToMissingBroker(2);
        Poll.until("ten scrapes, with filled orders and the rejections in them", DATA_TIMEOUT, POLL,
                () -> hasValue(prometheus.samples("count_over_time(up{job=\"gateway\"}[1m]) >= 10"))
                        && hasValue(prometheus.samples("gateway_orders_filled_total{broker=\"paper\"} > 0"))
                        && hasValue(prometheus.samples("gateway_orders_filled_total{broker=\"fix\"} > 0"))
                        && hasValue(prometheus.samples("gateway_orders_rejected_total > 1")) ? true : null);
    }

    /**
     * An order to a known broker that is not running: taken, then rejected (so the reject series move). Each call
     * sends another quantity, or the risk gate would refuse the second as a duplicate of the first.
     */
    private void submitToMissingBroker(int quantity) throws Exception {
        submit("nowhere", quantity);
    }

    private void submit(String broker, int quantity) throws Exception {
        var response = gateway.post("/api/orders", new JsonObject().put("symbol", "AAPL").put("side", "BUY")
                .put("quantity", quantity).put("type", "MARKET").put("broker", broker))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    }

    /** A QuickFIX/J initiator session to fix-sim on loopback, as config/quickfixj/ holds them. */
    private static Path initiatorSettings(int port) throws Exception {
        return Files.writeString(work.resolve("initiator.cfg"), "[DEFAULT]\nConnectionType=initiator\n"
                + "FileStorePath=" + work.resolve("fix-store") + "\nStartTime=00:00:00\nEndTime=00:00:00\n"
                + "NonStopSession=Y\nHeartBtInt=30\nReconnectInterval=1\nResetOnLogon=Y\nUseDataDictionary=Y\n"
                + "ValidateUserDefinedFields=N\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=DTO\n"
                + "TargetCompID=FIXSIM\nSocketConnectHost=127.0.0.1\nSocketConnectPort=" + port + "\n"
                + "DataDictionary=FIX44.xml\n");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (prometheus != null) {
                prometheus.close();
            }
            if (gateway != null) {
                gateway.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        } finally {
            if (vertx != null) {
                vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("Prometheus scrapes the gateway with the shipped configuration")
    void shouldBeScrapedByPrometheus() {
        JsonArray targets = prometheus.activeTargets();
        assertThat(targets).hasSize(1);
        assertThat(targets.getJsonObject(0).getString("health")).isEqualTo("up");
        assertThat(targets.getJsonObject(0).getJsonObject("labels").getString("job")).isEqualTo("gateway");
    }

    @Test
    @DisplayName("promtool accepts the configuration, the rule files and a scrape of /metrics; rule unit tests pass")
    void shouldPassPromtool() throws Exception {
        Path config = Files.writeString(work.resolve("check.yml"),
                PrometheusServer.testConfig(REPO, gateway.gateway().httpPort()));
        assertPromtool(List.of("check", "config", config.toString()), "");
        List<String> rules = new ArrayList<>(List.of("check", "rules"));
        try (var files = Files.list(REPO.resolve("config/prometheus"))) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> rules.add(f.toString()));
        }
        assertThat(rules).hasSize(4);
        assertPromtool(rules, "");
        assertPromtool(List.of("test", "rules",
                REPO.resolve("config/prometheus/tests/alerting-rules-test.yml").toString()), "");
        assertPromtool(List.of("check", "metrics"), scrape());
    }

    @Test
    @DisplayName("every query of every dashboard panel parses and returns data")
    void shouldAnswerEveryPanelQuery() throws InterruptedException {
        List<Dashboards.Query> queries = dashboards.queries();
        assertThat(queries).hasSizeGreaterThan(30);
        List<String> empty = new ArrayList<>();
        Poll.until("data for every panel query", DATA_TIMEOUT, POLL, () -> {
            empty.clear();
            queries.stream().filter(q -> !hasValue(prometheus.samples(q.resolved()))).forEach(q -> empty.add(
                    q.toString()));
            return empty.isEmpty() ? true : null;
        }, () -> "panel queries without data: " + empty);
    }

    @Test
    @DisplayName("every panel has a title, a unit and a description; dashboards define the variables they use")
    void shouldDescribeEveryPanel() {
        assertThat(dashboards.panels()).allSatisfy(panel -> {
            assertThat(panel.getString("title")).isNotBlank();
            assertThat(panel.getString("description")).as(panel.getString("title")).isNotBlank();
            assertThat(panel.getJsonObject("fieldConfig").getJsonObject("defaults").getString("unit"))
                    .as(panel.getString("title")).isNotBlank();
        });
        assertThat(dashboards.all()).allSatisfy(d -> {
            List<String> variables = variables(d);
            assertThat(variables).as(d.getString("title")).contains("instance");
            for (String used : List.of("plugin", "session")) {
                if (d.encode().contains("$" + used)) {
                    assertThat(variables).as(d.getString("title") + " uses $" + used).contains(used);
                }
            }
        });
        assertThat(dashboards.all()).filteredOn(d -> "dto-overview".equals(d.getString("uid")))
                .singleElement().satisfies(d -> assertThat(variables(d)).contains("instance", "plugin", "session"));
    }

    private static List<String> variables(JsonObject dashboard) {
        return dashboard.getJsonObject("templating").getJsonArray("list").stream()
                .map(v -> ((JsonObject) v).getString("name")).toList();
    }

    @Test
    @DisplayName("every metric a dashboard or variable names is in /metrics, every recording rule it names exists")
    void shouldExportEveryMetricTheDashboardsName() throws Exception {
        assertThat(dashboards.queries()).as("panel queries that read a metric without an instance matcher")
                .filteredOn(q -> !Dashboards.unscopedMetricNames(q.expr()).isEmpty()).isEmpty();
        MetricsText metrics = MetricsText.parse(scrape());
        Set<String> records = new TreeSet<>();
        prometheus.ruleGroups().forEach(g -> ((JsonObject) g).getJsonArray("rules")
                .forEach(r -> records.add(((JsonObject) r).getString("name"))));
        List<String> missing = new ArrayList<>();
        List<Dashboards.Query> all = new ArrayList<>(dashboards.queries());
        all.addAll(dashboards.variableQueries());
        for (Dashboards.Query query : all) {
            for (String name : Dashboards.metricNames(query.expr())) {
                boolean known = name.contains(":") ? records.contains(name)
                        : name.equals("up") || metrics.hasSample(name);
                if (!known) {
                    missing.add(name + " (" + query + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("every rule evaluates without error; recordings and alert figures return data")
    void shouldEvaluateEveryRule() throws InterruptedException {
        List<JsonObject> rules = new ArrayList<>();
        prometheus.ruleGroups().forEach(g -> ((JsonObject) g).getJsonArray("rules")
                .forEach(r -> rules.add((JsonObject) r)));
        assertThat(rules).hasSize(22);
        List<String> problems = new ArrayList<>();
        Poll.until("every rule evaluated with data", DATA_TIMEOUT, POLL, () -> {
            problems.clear();
            prometheus.ruleGroups().forEach(g -> ((JsonObject) g).getJsonArray("rules").forEach(r -> {
                JsonObject rule = (JsonObject) r;
                if (!"ok".equals(rule.getString("health"))) {
                    problems.add(rule.getString("name") + ": " + rule.getString("lastError"));
                }
                String figure = "recording".equals(rule.getString("type")) ? rule.getString("name")
                        : figure(rule.getString("query"));
                if (!hasValue(prometheus.samples(figure))) {
                    problems.add(rule.getString("name") + ": no data for " + figure);
                }
            }));
            return problems.isEmpty() ? true : null;
        }, () -> "rules: " + problems);
    }

    @Test
    @DisplayName("alerts fire from real figures: a missing broker's open breaker, the kill switch set through the API")
    void shouldFireBreakerAndKillSwitchAlerts() throws Exception {
        String breakerOpen = "ALERTS{alertname=\"CircuitBreakerOpen\", alertstate=\"firing\", broker=\"nowhere\"}";
        Poll.until(breakerOpen, DATA_TIMEOUT, POLL, () -> hasValue(prometheus.samples(breakerOpen)) ? true : null);
        String killSwitchOn = "ALERTS{alertname=\"KillSwitchOn\", alertstate=\"firing\", scope=\"broker:nowhere\"}";
        try {
            killSwitch(true);
            Poll.until(killSwitchOn, DATA_TIMEOUT, POLL,
                    () -> hasValue(prometheus.samples(killSwitchOn)) ? true : null);
        } finally {
            killSwitch(false);
        }
        Poll.until(killSwitchOn + " to resolve", DATA_TIMEOUT, POLL,
                () -> prometheus.samples(killSwitchOn).isEmpty() ? true : null);
    }

    private void killSwitch(boolean enabled) throws Exception {
        var response = gateway.post("/api/risk/kill-switch", new JsonObject().put("enabled", enabled)
                .put("scope", "broker:nowhere")).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    }

    @Test
    @DisplayName("the README's metrics reference and /metrics agree on names, types and labels")
    void shouldMatchTheReadmeReference() throws Exception {
        Map<String, MetricsText.Family> documented = MetricsReference.read(REPO.resolve("README.md"));
        Map<String, MetricsText.Family> exported = new java.util.TreeMap<>();
        MetricsText.parse(scrape()).families().forEach((name, family) -> {
            if (isGatewayOwned(name)) {
                exported.put(name, family);
            }
        });
        exported.forEach((name, family) -> assertThat(documented.get(name)).as(name).isEqualTo(family));
        documented.keySet().stream().filter(name -> !exported.containsKey(name))
                .forEach(name -> assertThat(NOT_PROVOKED).as(name + " is documented but not exported")
                        .containsKey(name));
    }

    @Test
    @DisplayName("/ready reports plugins, broker sessions, feeds and the database, /health the database, each up")
    void shouldReportHealthAndReadinessPerCheck() throws Exception {
        assertThat(checks("/ready")).containsEntry("plugins", "UP").containsEntry("broker-sessions", "UP")
                .containsEntry("feeds", "UP").containsEntry("database", "UP");
        assertThat(checks("/health")).containsEntry("database", "UP");
    }

    private Map<String, String> checks(String path) throws Exception {
        JsonObject answer = gateway.get(path).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                .bodyAsJsonObject();
        assertThat(answer.getString("outcome")).as(path + ": " + answer.encode()).isEqualTo("UP");
        Map<String, String> checks = new java.util.TreeMap<>();
        answer.getJsonArray("checks").forEach(c -> checks.put(((JsonObject) c).getString("id"),
                ((JsonObject) c).getString("status")));
        return checks;
    }

    private static boolean isGatewayOwned(String family) {
        return (family.startsWith("gateway_") && !family.startsWith("gateway_plugin_custom_")
                || family.startsWith("vertx_eventbus_")) && !family.endsWith("_max");
    }

    private static String figure(String alertExpr) {
        Matcher matcher = COMPARISON.matcher(alertExpr.trim());
        if (!matcher.matches()) {
            throw new AssertionError("alert expression is not '<figure> <comparison> <threshold>': " + alertExpr);
        }
        return matcher.group(1);
    }

    private static boolean hasValue(JsonArray samples) {
        return samples.stream().map(s -> ((JsonObject) s).getJsonArray("value").getString(1))
                .anyMatch(value -> !value.equals("NaN"));
    }

    private String scrape() throws Exception {
        return gateway.get("/metrics").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                .bodyAsString();
    }

    private void assertPromtool(List<String> arguments, String stdin) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/promtool"));
        command.addAll(arguments);
        Processes.Result result = Processes.run(command, stdin, work);
        assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    }
}
