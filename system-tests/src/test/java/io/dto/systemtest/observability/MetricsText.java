package io.dto.systemtest.observability;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of {@code /metrics} (Prometheus text format), as families with their type, labels and sample names. */
final class MetricsText {

    /** One metric family: its type and the label names of its samples ({@code le} aside). */
    record Family(String name, String type, Set<String> labels) {
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

    private final Map<String, Family> families = new TreeMap<>();
    private final Set<String> sampleNames = new TreeSet<>();

    private MetricsText() {
    }

    static MetricsText parse(String text) {
        MetricsText parsed = new MetricsText();
        String type = null;
        String family = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                family = parts[2];
                type = parts[3];
                parsed.families.put(family, new Family(family, type, new TreeSet<>()));
            } else if (!line.startsWith("#") && !line.isBlank()) {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.find()) {
                    parsed.sampleNames.add(sample.group(1));
                    if (family != null && sample.group(3) != null) {
                        Matcher label = LABEL.matcher(sample.group(3));
                        while (label.find()) {
                            if (!label.group(1).equals("le")) {
                                parsed.families.get(family).labels().add(label.group(1));
                            }
                        }
                    }
                }
            }
        }
        return parsed;
    }

    Map<String, Family> families() {
        return families;
    }

    /** Whether a sample of this name (a family name, or one with {@code _total}, {@code _bucket}, ...) is exported. */
    boolean hasSample(String name) {
        return sampleNames.contains(name);
    }
}
