package io.dto.systemtest.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardsTest {

    @Test
    @DisplayName("metric names come from selectors; names without a matcher are found apart")
    void shouldFindMetricNamesWithAndWithoutSelector() {
        String expr = "histogram_quantile(0.99, sum by (le, broker) (rate(gateway_order_submit_to_ack_seconds_bucket"
                + "{instance=~\"$instance\", broker!~\"a|b\"}[$__rate_interval]))) / ignoring(le) "
                + "gateway:orders_reject_ratio:rate5m{instance=~\"$instance\"} > bool 0.5e-3";

        assertThat(Dashboards.metricNames(expr)).containsExactly("gateway:orders_reject_ratio:rate5m",
                "gateway_order_submit_to_ack_seconds_bucket");
        assertThat(Dashboards.unscopedMetricNames(expr)).isEmpty();
    }

    @Test
    @DisplayName("a metric read without a matcher on the instance variable is reported, whatever wraps it")
    void shouldReportMetricWithoutSelector() {
        assertThat(Dashboards.unscopedMetricNames(
                "sum by (plugin) (rate(gateway_plugin_errors_total[5m])) / on (plugin) group_left up"))
                .containsExactly("gateway_plugin_errors_total", "up");
        assertThat(Dashboards.unscopedMetricNames("sum(gateway_orders_open{instance=~\"$instance\"}) "
                + "+ gateway_orders_open")).containsExactly("gateway_orders_open");
        assertThat(Dashboards.unscopedMetricNames("max(gateway_orders_open{broker=\"fix\"})"))
                .containsExactly("gateway_orders_open");
    }
}
