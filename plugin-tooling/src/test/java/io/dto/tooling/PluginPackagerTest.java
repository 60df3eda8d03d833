package io.dto.tooling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.manifest.PluginManifest;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("PluginPackager")
class PluginPackagerTest {

    @TempDir
    Path dir;

    private final PluginPackager packager = new PluginPackager(new ManifestReader());

    /** A compiled plugin jar as Maven's jar plugin leaves it: classes and the manifest at the root. */
    private Path inputJar(JsonObject manifest) throws Exception {
        return TestJars.write(dir.resolve("in.jar"), new TreeMap<>(Map.of(
                PluginManifest.ENTRY_NAME, manifest.encodePrettily().getBytes(UTF_8),
                "com/example/MyStrategy.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(UTF_8))));
    }

    private Path library() throws Exception {
        return TestJars.write(dir.resolve("helper-1.0.jar"), Map.of("h/Helper.class", new byte[] {1, 2, 3}));
    }

    @Test
    @DisplayName("bundles libraries under lib/ and writes every entry's checksum and their digest")
    void shouldWriteChecksumsOfEveryEntry() throws Exception {
        Path output = dir.resolve("out/my-plugin.jar");

        PluginPackager.Summary summary = packager.pack(inputJar(ManifestReaderTest.guideManifest()),
                List.of(library()), output, null);

        Map<String, byte[]> entries = TestJars.read(output);
        assertThat(entries).containsKeys(PluginManifest.ENTRY_NAME, "com/example/MyStrategy.class",
                "lib/helper-1.0.jar", "META-INF/MANIFEST.MF");
        PluginManifest written = new ManifestReader().read(new String(entries.get(PluginManifest.ENTRY_NAME), UTF_8));
        SortedMap<String, String> actual;
        try (JarFile jar = new JarFile(output.toFile())) {
            actual = EntryChecksums.compute(jar);
        }
        assertThat(written.security().checksums()).isEqualTo(actual);
        assertThat(EntryChecksums.differences(written.security().checksums(), actual)).isEmpty();
        assertThat(written.security().checksum()).isEqualTo(EntryChecksums.digest(actual));
        assertThat(written.security().isSigned()).isFalse();
        assertThat(summary.pluginId()).isEqualTo("my-plugin");
        assertThat(summary.entries()).isEqualTo(3);
        assertThat(summary.digest()).isEqualTo(written.security().checksum());
        assertThat(summary.jarSha256()).isEqualTo(EntryChecksums.sha256Hex(Files.readAllBytes(output)));
        assertThat(summary.describe()).contains("plugin my-plugin 1.0.0", "(unsigned)");
    }

    @Test
    @DisplayName("writes a jar that others can read (rw-r--r--), not a private temporary file")
    void shouldWriteAReadableJar() throws Exception {
        Path output = dir.resolve("readable.jar");

        packager.pack(inputJar(ManifestReaderTest.guideManifest()), List.of(), output, null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo("rw-r--r--");
    }

    @Test
    @DisplayName("signs the checksum list with the publisher's key, so the signature verifies")
    void shouldSignTheChecksumList() throws Exception {
        KeyPair keys = PluginSignatures.generateKeyPair();
        Path output = dir.resolve("signed.jar");

        packager.pack(inputJar(ManifestReaderTest.guideManifest()), List.of(), output,
                new PluginPackager.Signer("acme", keys.getPrivate()));

        PluginManifest written = new ManifestReader()
                .read(new String(TestJars.read(output).get(PluginManifest.ENTRY_NAME), UTF_8));
        assertThat(written.security().publisher()).isEqualTo("acme");
        byte[] signed = EntryChecksums.canonical(written.security().checksums());
        assertThat(PluginSignatures.verify(signed, written.security().signature(), keys.getPublic())).isTrue();
        assertThat(PluginSignatures.verify(signed, written.security().signature(),
                PluginSignatures.generateKeyPair().getPublic())).isFalse();
    }

    @Test
    @DisplayName("replaces a stale signature when repackaging unsigned")
    void shouldDropAStaleSignature() throws Exception {
        JsonObject manifest = ManifestReaderTest.guideManifest();
        manifest.getJsonObject("security").put("signature", "c3RhbGU=").put("publisher", "old");
        Path output = dir.resolve("resigned.jar");

        packager.pack(inputJar(manifest), List.of(), output, null);

        PluginManifest written = new ManifestReader()
                .read(new String(TestJars.read(output).get(PluginManifest.ENTRY_NAME), UTF_8));
        assertThat(written.security().signature()).isNull();
        assertThat(written.security().publisher()).isNull();
    }

    @Test
    @DisplayName("refuses a jar without a manifest, an invalid manifest, and a default outside its bounds")
    void shouldRefuseBadInput() throws Exception {
        Path noManifest = TestJars.write(dir.resolve("bare.jar"), Map.of("A.class", new byte[] {1}));
        assertThatThrownBy(() -> packager.pack(noManifest, List.of(), dir.resolve("o1.jar"), null))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("has no plugin-manifest.json at its root"));

        JsonObject invalid = ManifestReaderTest.guideManifest();
        invalid.getJsonObject("plugin_info").remove("entry_point");
        assertThatThrownBy(() -> packager.pack(inputJar(invalid), List.of(), dir.resolve("o2.jar"), null))
                .isInstanceOf(ManifestException.class).hasMessageContaining("entry_point");

        JsonObject badDefault = ManifestReaderTest.guideManifest();
        badDefault.getJsonObject("configuration").getJsonObject("parameters").getJsonObject("short_period")
                .put("default", 500);
        assertThatThrownBy(() -> packager.pack(inputJar(badDefault), List.of(), dir.resolve("o3.jar"), null))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems())
                        .containsExactly("default of parameter 'short_period' is 500, above the maximum 50"));
        assertThat(dir.resolve("o3.jar")).doesNotExist();
    }

    @Test
    @DisplayName("runs from the build's command line: libraries folder, signing key file, copy to plugins/")
    void shouldRunFromTheCommandLine() throws Exception {
        Path libs = Files.createDirectories(dir.resolve("plugin-lib"));
        Files.copy(library(), libs.resolve("helper-1.0.jar"));
        KeyPair keys = PluginSignatures.generateKeyPair();
        Path keyFile = Files.writeString(dir.resolve("acme.key"), PluginSignatures.encodePrivateKey(keys.getPrivate()));
        Path plugins = dir.resolve("plugins");

        PluginPackager.main(new String[] {"--in", inputJar(ManifestReaderTest.guideManifest()).toString(),
                "--libs", libs.toString(), "--out", dir.resolve("target/my-plugin-plugin.jar").toString(),
                "--copy-to", plugins.toString(), "--key", keyFile.toString(), "--publisher", "acme"});

        Path copied = plugins.resolve("my-plugin.jar");
        assertThat(copied).exists();
        assertThat(TestJars.read(copied)).containsKey("lib/helper-1.0.jar");
        assertThat(Files.readAllBytes(copied))
                .isEqualTo(Files.readAllBytes(dir.resolve("target/my-plugin-plugin.jar")));
        assertThatThrownBy(() -> PluginPackager.main(new String[] {"--in", "x.jar"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("usage:");
        assertThatThrownBy(() -> PluginPackager.main(new String[] {"--in", "a", "--out", "b", "--key", "k"}))
                .hasMessageContaining("--key needs --publisher");
    }
}
