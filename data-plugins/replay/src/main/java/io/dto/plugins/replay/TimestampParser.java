package io.dto.plugins.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads a row's timestamp: {@code iso} (an instant {@code 2024-01-02T14:30:00Z}, a local date-time, or a date, the
 * last two in the configured zone), {@code epoch_millis}, {@code epoch_seconds} (fractions allowed), or any
 * {@link DateTimeFormatter} pattern ({@code dd-MMM-yy}) for a date or date-time in the configured zone.
 */
final class TimestampParser {

    private final String format;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    TimestampParser(String format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
        this.pattern = switch (format) {
            case "iso", "epoch_millis", "epoch_seconds" -> null;
            default -> DateTimeFormatter.ofPattern(format, Locale.ROOT);
        };
    }

    /** @throws IllegalArgumentException when the text does not fit the format */
    Instant parse(String text) {
        try {
            return switch (format) {
                case "iso" -> iso(text.trim());
                case "epoch_millis" -> Instant.ofEpochMilli(Long.parseLong(text.trim()));
                case "epoch_seconds" -> Instant.ofEpochMilli(Math.round(Double.parseDouble(text.trim()) * 1000));
                default -> patterned(text.trim());
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' does not fit format '" + format + "'");
        }
    }

    private Instant iso(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        }
        return LocalDateTime.parse(text).atZone(zone).toInstant();
    }

    private Instant patterned(String text) {
        TemporalAccessor parsed = pattern.parse(text);
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }
}
