package {{package}};

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.IndicatorValue;
import io.dto.testkit.IndicatorHarness;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class {{className}}Test {

    @Test
    @DisplayName("waits for a full window, then averages the last 'period' prices")
    void shouldAverageTheLastPeriodPrices() {
        IndicatorHarness<{{className}}> indicator = IndicatorHarness.start(new {{className}}(),
                new JsonObject().put("symbols", List.of("AAPL")).put("period", 3));

        List<IndicatorValue> values = indicator.feedPrices("AAPL", 10.0, 11.0, 12.0, 16.0);

        assertThat(values).extracting(IndicatorValue::value).containsExactly(null, null, 11.0, 13.0);
    }
}
