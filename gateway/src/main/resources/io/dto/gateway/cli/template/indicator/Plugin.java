package {{package}};

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.IndicatorPlugin;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The simple moving average of the last {@code period} prices, kept as a running sum (O(1) per update). */
public final class {{className}} implements IndicatorPlugin {

    private final Map<String, Window> windows = new HashMap<>();
    private PluginContext context;
    private Set<String> symbols = Set.of();
    private int period;

    @Override
    public PluginInfo info() {
        return new PluginInfo("{{name}}", "1.0.0", PluginType.INDICATOR, "simple moving average",
                new Capabilities(symbols, Set.of("value"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        this.symbols = Set.copyOf(context.config().getJsonArray("symbols").getList());
        this.period = context.config().getInteger("period");
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(symbols, MarketDataKind.TICKS);
    }

    @Override
    public IndicatorValue calculate(MarketData data) {
        Window window = windows.computeIfAbsent(data.symbol(), s -> new Window(period));
        window.add(data.price());
        if (!window.full()) {
            return IndicatorValue.waiting(context.pluginId(), data.symbol(), data.timestamp());
        }
        double average = window.average();
        IndicatorSignal signal = data.price() >= average ? IndicatorSignal.BUY : IndicatorSignal.SELL;
        return new IndicatorValue(context.pluginId(), data.symbol(), data.timestamp(), average, signal, 1.0,
                Map.of("price", data.price()));
    }

    @Override
    public List<IndicatorValue> calculateBatch(List<Bar> bars) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Bar bar : bars) {
            IndicatorValue value = calculate(bar);
            if (value.value() != null) {
                values.add(value);
            }
        }
        return values;
    }

    @Override
    public int requiredDataLength() {
        return period;
    }

    /** The last {@code period} prices and their sum. */
    private static final class Window {
        private final int size;
        private final Deque<Double> prices = new ArrayDeque<>();
        private double sum;

        Window(int size) {
            this.size = size;
        }

        void add(double price) {
            prices.addLast(price);
            sum += price;
            if (prices.size() > size) {
                sum -= prices.removeFirst();
            }
        }

        boolean full() {
            return prices.size() == size;
        }

        double average() {
            return sum / size;
        }
    }
}
