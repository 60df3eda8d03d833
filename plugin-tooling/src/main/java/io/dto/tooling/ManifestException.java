package io.dto.tooling;

import java.util.List;

/** A manifest that cannot be used, with every problem found in it. */
public final class ManifestException extends Exception {

    private final List<String> problems;

    public ManifestException(List<String> problems) {
        super("invalid plugin manifest: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
