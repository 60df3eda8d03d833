package io.dto.tooling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version ({@code MAJOR.MINOR.PATCH[-prerelease]}); a pre-release sorts before its release. */
public record SemanticVersion(int major, int minor, int patch, String preRelease)
        implements Comparable<SemanticVersion> {

    private static final Pattern FORMAT =
            Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?");

    public static SemanticVersion parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a semantic version (MAJOR.MINOR.PATCH)");
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4));
    }

    /**
     * Whether this platform version lies in {@code [min, max)}; a missing max means no upper bound. The guide's
     * range 1.0.0 to 2.0.0 thus admits every 1.x and refuses 2.0.0.
     */
    public boolean within(String min, String max) {
        return compareTo(parse(min)) >= 0 && (max == null || compareTo(parse(max)) < 0);
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, other.patch);
        }
        if (c == 0) {
            if (preRelease == null || other.preRelease == null) {
                c = preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
            } else {
                c = preRelease.compareTo(other.preRelease);
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
}
