package io.dto.plugins.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One configured indicator, written {@code name:param:param}: {@code sma:20}, {@code ema:12}, {@code rsi:14},
 * {@code macd:12:26:9}, {@code bollinger:20:2}, {@code atr:14}, {@code vwap:20}. Parameters left out take the
 * usual defaults ({@code rsi} is {@code rsi:14}).
 */
record IndicatorSpec(String text, Function<double[], StreamingIndicator> factory, double[] parameters) {

    /** A fresh indicator with this specification's parameters. */
    StreamingIndicator create() {
        return factory.apply(parameters);
    }

    /** @throws IllegalArgumentException naming the specification and what is accepted */
    static IndicatorSpec parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        return switch (parts[0]) {
            case "sma" -> spec(text, parts, new double[] {20}, p -> new Sma(period(p[0])));
            case "ema" -> spec(text, parts, new double[] {20}, p -> new Ema(period(p[0])));
            case "rsi" -> spec(text, parts, new double[] {14}, p -> new Rsi(period(p[0])));
            case "macd" -> spec(text, parts, new double[] {12, 26, 9},
                    p -> new Macd(period(p[0]), period(p[1]), period(p[2])));
            case "bollinger" -> spec(text, parts, new double[] {20, 2}, p -> new Bollinger(period(p[0]), p[1]));
            case "atr" -> spec(text, parts, new double[] {14}, p -> new Atr(period(p[0])));
            case "vwap" -> spec(text, parts, new double[] {20}, p -> new Vwap(period(p[0])));
            default -> throw new IllegalArgumentException("unknown indicator '" + text + "'; use sma, ema, rsi, macd, "
                    + "bollinger, atr or vwap, with parameters after colons (macd:12:26:9)");
        };
    }

    private static IndicatorSpec spec(String text, String[] parts, double[] defaults,
            Function<double[], StreamingIndicator> factory) {
        if (parts.length - 1 > defaults.length) {
            throw new IllegalArgumentException("indicator '" + text + "' takes at most " + defaults.length
                    + " parameter(s)");
        }
        double[] parameters = defaults.clone();
        for (int i = 1; i < parts.length; i++) {
            try {
                parameters[i - 1] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("indicator '" + text + "': parameter '" + parts[i]
                        + "' is not a number");
            }
            if (!(parameters[i - 1] > 0)) {
                throw new IllegalArgumentException("indicator '" + text + "': parameters must be positive");
            }
        }
        IndicatorSpec spec = new IndicatorSpec(text.trim(), factory, parameters);
        spec.create(); // fails here, at configuration, on parameters the indicator refuses (macd fast >= slow)
        return spec;
    }

    private static int period(double value) {
        if (value != Math.rint(value) || value > 10_000) {
            throw new IllegalArgumentException("a period must be a whole number up to 10000, got " + value);
        }
        return (int) value;
    }

    static List<IndicatorSpec> parseAll(List<String> texts) {
        List<IndicatorSpec> specs = new ArrayList<>();
        texts.forEach(text -> specs.add(parse(text)));
        return specs;
    }
}
