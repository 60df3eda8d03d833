package io.dto.api;

/**
 * A panel a UI plugin adds to the web console: the console fetches its data as JSON from
 * {@code GET /api/ui/<plugin>/<panel>} every {@code refreshMillis} and renders it as a table or key-value list.
 */
public record UiPanel(String id, String title, String description, long refreshMillis) {

    public UiPanel {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("panel id must be lower-case letters, digits and dashes, got " + id);
        }
        if (refreshMillis < 250) {
            throw new IllegalArgumentException("panel refresh must be at least 250 ms, got " + refreshMillis);
        }
    }
}
