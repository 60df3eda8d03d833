package io.dto.tooling;

import io.dto.api.manifest.PluginManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * SHA-256 of every entry of a plugin jar but the manifest itself (which carries the checksums) and directories,
 * and the digest of the whole set that a publisher signs.
 */
public final class EntryChecksums {

    private EntryChecksums() {
    }

    /** Path to hex SHA-256, sorted by path. */
    public static SortedMap<String, String> compute(JarFile jar) throws IOException {
        SortedMap<String, String> checksums = new TreeMap<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (!entry.isDirectory() && !entry.getName().equals(PluginManifest.ENTRY_NAME)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    checksums.put(entry.getName(), sha256Hex(in.readAllBytes()));
                }
            }
        }
        return checksums;
    }

    /** {@code sha256:<hex>} over the canonical list: one {@code path:hex\n} line per entry, sorted by path. */
    public static String digest(Map<String, String> checksums) {
        return "sha256:" + sha256Hex(canonical(checksums));
    }

    /** The bytes a publisher signs: the canonical checksum list. */
    public static byte[] canonical(Map<String, String> checksums) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(checksums).forEach((path, hex) -> text.append(path).append(':').append(hex).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Compares a jar's actual entries with the checksums its manifest declares; each difference is one line
     * naming the entry.
     */
    public static List<String> differences(Map<String, String> declared, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        actual.forEach((path, hex) -> {
            String expected = declared.get(path);
            if (expected == null) {
                problems.add("entry '" + path + "' is not listed in the manifest's checksums");
            } else if (!expected.equals(hex)) {
                problems.add("entry '" + path + "' was changed: SHA-256 " + hex + ", manifest says " + expected);
            }
        });
        declared.keySet().stream()
                .filter(path -> !actual.containsKey(path))
                .forEach(path -> problems.add("entry '" + path + "' is listed in the manifest but missing"));
        return problems;
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
