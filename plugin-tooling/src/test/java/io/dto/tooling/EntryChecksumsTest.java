package io.dto.tooling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("EntryChecksums")
class EntryChecksumsTest {

    /** SHA-256 of "hello". */
    private static final String HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path dir;

    @Test
    @DisplayName("computes the SHA-256 of every entry but the manifest and directories")
    void shouldChecksumEveryEntryButTheManifest() throws IOException {
        Path jar = TestJars.write(dir.resolve("p.jar"), Map.of(
                "plugin-manifest.json", "{}".getBytes(UTF_8),
                "a/", new byte[0],
                "a/B.class", "hello".getBytes(UTF_8),
                "lib/x.jar", "x".getBytes(UTF_8)));

        SortedMap<String, String> checksums;
        try (JarFile file = new JarFile(jar.toFile())) {
            checksums = EntryChecksums.compute(file);
        }

        assertThat(checksums).containsOnlyKeys("a/B.class", "lib/x.jar");
        assertThat(checksums.get("a/B.class")).isEqualTo(HELLO);
        assertThat(EntryChecksums.sha256Hex("hello".getBytes(UTF_8))).isEqualTo(HELLO);
    }

    @Test
    @DisplayName("digests the sorted path:hex list, whatever order the map has")
    void shouldDigestTheCanonicalList() {
        Map<String, String> checksums = Map.of("b", "22", "a", "11");

        assertThat(new String(EntryChecksums.canonical(checksums), UTF_8)).isEqualTo("a:11\nb:22\n");
        assertThat(EntryChecksums.digest(checksums))
                .isEqualTo("sha256:" + EntryChecksums.sha256Hex("a:11\nb:22\n".getBytes(UTF_8)))
                .matches("sha256:[0-9a-f]{64}");
    }

    @Test
    @DisplayName("finds no difference between identical sets")
    void shouldFindNoDifferenceInIdenticalSets() {
        assertThat(EntryChecksums.differences(Map.of("a", "1", "b", "2"), Map.of("b", "2", "a", "1"))).isEmpty();
    }

    @Test
    @DisplayName("names a changed, a missing and an extra entry")
    void shouldNameChangedMissingAndExtraEntries() {
        Map<String, String> declared = Map.of("same", "0", "changed", "1", "missing", "2");
        Map<String, String> actual = Map.of("same", "0", "changed", "9", "extra", "3");

        assertThat(EntryChecksums.differences(declared, actual)).containsExactlyInAnyOrder(
                "entry 'changed' was changed: SHA-256 9, manifest says 1",
                "entry 'missing' is listed in the manifest but missing",
                "entry 'extra' is not listed in the manifest's checksums");
    }
}
