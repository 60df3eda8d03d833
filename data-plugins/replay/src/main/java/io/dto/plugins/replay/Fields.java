package io.dto.plugins.replay;

/** One row of a file, by column name (CSV header) or field path (JSONL, dotted: {@code data.price}). */
@FunctionalInterface
interface Fields {

    /** The field's text, or {@code null} when the row has no such field. */
    String get(String name);
}
