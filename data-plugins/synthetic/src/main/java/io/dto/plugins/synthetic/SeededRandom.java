package io.dto.plugins.synthetic;

import java.nio.charset.StandardCharsets;

/**
 * SplitMix64 with Box-Muller normals: a small generator whose output is fixed by its seed on every JVM (the JDK's
 * generators do not promise their algorithms), so a seed reproduces a feed anywhere.
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator keyed by the configured seed and any number of parts (symbol, range, timeframe). */
    static SeededRandom keyed(long seed, Object... parts) {
        long key = mix(seed);
        for (Object part : parts) {
            key = mix(key ^ fnv1a(String.valueOf(part)));
        }
        return new SeededRandom(key);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Standard normal (Box-Muller; two uniforms per call, so the stream never depends on a cached value). */
    double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a(String text) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return hash;
    }
}
