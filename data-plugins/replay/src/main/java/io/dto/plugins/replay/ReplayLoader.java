package io.dto.plugins.replay;

import io.dto.api.message.MarketData;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the configured files (blocking: the plugin runs it through {@code executeBlocking}) into one list in
 * timestamp order. CSV files have a header row; columns match case-insensitively. JSONL files have one JSON object
 * per line; dotted paths reach nested fields. A row that cannot be read is skipped and counted, never fatal.
 */
final class ReplayLoader {

    private static final int PROBLEMS_KEPT = 5;

    private final ReplayConfig config;
    private final RowMapper mapper;
    private final List<String> problems = new ArrayList<>();
    private long rejected;

    ReplayLoader(ReplayConfig config) {
        this.config = config;
        this.mapper = new RowMapper(config.kind(), config.columns(),
                new TimestampParser(config.timestampFormat(), config.zone()), config.barTimeframe());
    }

    /** @throws IOException when a file cannot be read at all */
    ReplayData load() throws IOException {
        List<MarketData> updates = new ArrayList<>();
        for (Path file : config.files()) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (config.jsonl(file)) {
                    readJsonl(file, reader, updates);
                } else {
                    readCsv(file, reader, updates);
                }
            }
        }
        updates.sort(Comparator.comparing(MarketData::timestamp));
        return new ReplayData(updates, rejected, problems);
    }

    private void readCsv(Path file, BufferedReader reader, List<MarketData> out) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = CsvLine.split(header.replace("\uFEFF", ""));
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                List<String> values = CsvLine.split(line);
                Fields row = name -> {
                    Integer at = index.get(name.toLowerCase(Locale.ROOT));
                    return at == null || at >= values.size() ? null : values.get(at);
                };
                out.add(mapper.map(row, config.symbolOf(file)));
            } catch (IllegalArgumentException e) {
                reject(file, number, e.getMessage());
            }
        }
    }

    private void readJsonl(Path file, BufferedReader reader, List<MarketData> out) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonObject json = new JsonObject(line);
                out.add(mapper.map(name -> path(json, name), config.symbolOf(file)));
            } catch (DecodeException e) {
                reject(file, number, "not a JSON object");
            } catch (IllegalArgumentException e) {
                reject(file, number, e.getMessage());
            }
        }
    }

    /** The text at a dotted path, or null. */
    static String path(JsonObject json, String path) {
        Object value = json;
        for (String part : path.split("\\.")) {
            if (!(value instanceof JsonObject object)) {
                return null;
            }
            value = object.getValue(part);
        }
        return value == null || value instanceof JsonObject ? null : String.valueOf(value);
    }

    private void reject(Path file, int line, String reason) {
        rejected++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(file.getFileName() + " line " + line + ": " + reason);
        }
    }
}
