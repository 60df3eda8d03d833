package io.dto.systemtest.observability;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Grafana dashboards under {@code grafana/dashboards}, as the queries their panels and variables run. */
final class Dashboards {

    /** One query of one panel. */
    record Query(String dashboard, String panel, String expr) {

        /** The query as Prometheus gets it once Grafana has filled in the variables (every value selected). */
        String resolved() {
            return expr.replace("$__rate_interval", "30s").replace("$__range", "5m")
                    .replaceAll("\\$(instance|plugin|session)\\b", ".*");
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + ": " + expr;
        }
    }

    /** A selector: every dashboard query names its metrics with a label matcher (at least the instance). */
    private static final Pattern METRIC = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]*(?::[a-zA-Z0-9_]+)*)\\{");
    /** A metric name with its label matchers (group 2). */
    private static final Pattern SELECTOR = Pattern.compile(
            "\\b([a-zA-Z_][a-zA-Z0-9_]*(?::[a-zA-Z0-9_]+)*)\\{([^}]*)}");
    /** What holds no metric name in PromQL: label lists of aggregations and matchings, and ranges. */
    private static final Pattern NOT_NAMES = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)|\\[[^]]*]");
    /** A name not followed by a label matcher; group 2 is the parenthesis of a function call. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w.$])([a-zA-Z_][a-zA-Z0-9_]*(?::[a-zA-Z0-9_]+)*)(?![\\w:])(?!\\s*\\{)\\s*(\\(?)");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");

    private final List<JsonObject> dashboards;

    private Dashboards(List<JsonObject> dashboards) {
        this.dashboards = dashboards;
    }

    static Dashboards load(Path folder) throws IOException {
        List<JsonObject> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                loaded.add(new JsonObject(Files.readString(file)));
            }
        }
        return new Dashboards(loaded);
    }

    List<JsonObject> all() {
        return dashboards;
    }

    List<JsonObject> panels() {
        List<JsonObject> panels = new ArrayList<>();
        dashboards.forEach(d -> d.getJsonArray("panels").forEach(p -> panels.add((JsonObject) p)));
        return panels;
    }

    List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (JsonObject dashboard : dashboards) {
            for (Object p : dashboard.getJsonArray("panels")) {
                JsonObject panel = (JsonObject) p;
                for (Object t : panel.getJsonArray("targets", new JsonArray())) {
                    queries.add(new Query(dashboard.getString("title"), panel.getString("title"),
                            ((JsonObject) t).getString("expr")));
                }
            }
        }
        return queries;
    }

    /** The {@code label_values(metric, label)} queries of the template variables. */
    List<Query> variableQueries() {
        List<Query> queries = new ArrayList<>();
        for (JsonObject dashboard : dashboards) {
            for (Object v : dashboard.getJsonObject("templating").getJsonArray("list")) {
                JsonObject variable = (JsonObject) v;
                if ("query".equals(variable.getString("type"))) {
                    queries.add(new Query(dashboard.getString("title"), "$" + variable.getString("name"),
                            variable.getString("definition")));
                }
            }
        }
        return queries;
    }

    /**
     * Metric names an expression reads without a matcher on {@code instance}: those read without any matcher are
     * invisible to {@link #metricNames}, and all of them ignore the dashboard's instance variable.
     */
    static Set<String> unscopedMetricNames(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher selector = SELECTOR.matcher(expr);
        while (selector.find()) {
            if (!selector.group(2).matches("(?s).*\\binstance\\s*=~?\\s*\"\\$instance\".*")) {
                names.add(selector.group(1));
            }
        }
        String withoutMatchers = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "{}");
        String bare = NOT_NAMES.matcher(withoutMatchers).replaceAll(" ");
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            boolean function = !matcher.group(2).isEmpty();
            if (!function && !KEYWORDS.contains(matcher.group(1).toLowerCase(java.util.Locale.ROOT))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The metric names (and recording rules, with a colon) an expression reads. */
    static Set<String> metricNames(String expr) {
        String withoutStrings = expr.replaceAll("\"[^\"]*\"", "\"\"");
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(withoutStrings);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
