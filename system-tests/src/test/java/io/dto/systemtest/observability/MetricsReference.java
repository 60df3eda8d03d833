package io.dto.systemtest.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The README's metrics reference: the table between {@code <!-- metrics-reference:start -->} and
 * {@code <!-- metrics-reference:end -->}, one row per family: name, type, labels, meaning.
 */
final class MetricsReference {

    static final String START = "<!-- metrics-reference:start -->";
    static final String END = "<!-- metrics-reference:end -->";

    private MetricsReference() {
    }

    static Map<String, MetricsText.Family> read(Path readme) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new AssertionError(readme + " has no metrics reference between " + START + " and " + END);
        }
        Map<String, MetricsText.Family> families = new TreeMap<>();
        for (String line : text.substring(start + START.length(), end).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !cells[1].trim().startsWith("`")) {
                continue;
            }
            String name = unquote(cells[1]);
            families.put(name, new MetricsText.Family(name, cells[2].trim(), labels(cells[3])));
        }
        return families;
    }

    private static Set<String> labels(String cell) {
        return Arrays.stream(cell.split(","))
                .map(MetricsReference::unquote)
                .filter(label -> !label.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "");
    }
}
