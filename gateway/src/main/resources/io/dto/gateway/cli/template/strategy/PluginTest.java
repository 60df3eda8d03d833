package {{package}};

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.testkit.StrategyHarness;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class {{className}}Test {

    @Test
    @DisplayName("a rise above the threshold is a BUY, a fall as large a SELL, small moves nothing")
    void shouldSignalOnMovesAboveTheThreshold() {
        StrategyHarness<{{className}}> strategy = StrategyHarness.start(new {{className}}(),
                new JsonObject().put("symbols", List.of("AAPL")).put("threshold_percent", 0.5));

        List<Signal> signals = strategy.feedPrices("AAPL", 100.0, 100.2, 101.0, 101.1, 100.0);

        assertThat(signals).extracting(Signal::action).containsExactly(SignalAction.BUY, SignalAction.SELL);
    }
}
