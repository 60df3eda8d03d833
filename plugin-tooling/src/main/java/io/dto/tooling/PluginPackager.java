package io.dto.tooling;

import io.dto.api.manifest.PluginManifest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Turns a compiled jar into a plugin jar: bundles its runtime libraries under {@code lib/}, validates the manifest,
 * writes the SHA-256 of every entry and their digest into the manifest's {@code security} block, and signs the
 * digest when given a publisher key. The build runs it for every plugin module; {@code bin/gateway plugin package}
 * runs the same code.
 */
public final class PluginPackager {

    /** Who signs: the publisher name the gateway's trusted keys use, and the private key. */
    public record Signer(String publisher, PrivateKey key) {
    }

    /** What was packaged, for the summary the build prints. */
    public record Summary(Path output, String pluginId, String version, int entries, String digest,
            String jarSha256, String publisher) {

        public String describe() {
            return "plugin " + pluginId + " " + version + " -> " + output + "\n"
                    + "  entries:   " + entries + "\n"
                    + "  checksum:  " + digest + "\n"
                    + "  signed by: " + (publisher == null ? "(unsigned)" : publisher) + "\n"
                    + "  jar sha256: " + jarSha256;
        }
    }

    private final ManifestReader reader;

    public PluginPackager(ManifestReader reader) {
        this.reader = reader;
    }

    /**
     * Writes the plugin jar.
     *
     * @param libraries jars to bundle under {@code lib/}
     * @param signer the publisher's key, or {@code null} for an unsigned plugin
     */
    public Summary pack(Path inputJar, List<Path> libraries, Path outputJar, Signer signer)
            throws IOException, ManifestException, GeneralSecurityException {
        SortedMap<String, byte[]> entries = readEntries(inputJar);
        byte[] manifestBytes = entries.remove(PluginManifest.ENTRY_NAME);
        if (manifestBytes == null) {
            throw new ManifestException(List.of(inputJar + " has no " + PluginManifest.ENTRY_NAME
                    + " at its root (put it in src/main/resources)"));
        }
        for (Path library : libraries) {
            entries.put("lib/" + library.getFileName(), Files.readAllBytes(library));
        }
        String manifestText = new String(manifestBytes, StandardCharsets.UTF_8);
        PluginManifest manifest = reader.read(manifestText);
        List<String> defaultProblems = ConfigValidator.checkDefaults(manifest.parameters());
        if (!defaultProblems.isEmpty()) {
            throw new ManifestException(defaultProblems);
        }
        SortedMap<String, String> checksums = new TreeMap<>();
        entries.forEach((name, bytes) -> checksums.put(name, EntryChecksums.sha256Hex(bytes)));
        JsonObject manifestJson = ManifestReader.parse(manifestText);
        JsonObject security = manifestJson.getJsonObject("security", new JsonObject());
        String digest = EntryChecksums.digest(checksums);
        security.put("checksum", digest).put("checksums", new JsonObject(new TreeMap<>(checksums)));
        security.remove("signature");
        security.remove("publisher");
        if (signer != null) {
            security.put("signature", PluginSignatures.sign(EntryChecksums.canonical(checksums), signer.key()))
                    .put("publisher", signer.publisher());
        }
        manifestJson.put("security", security);
        writeJar(outputJar, manifestJson.encodePrettily().getBytes(StandardCharsets.UTF_8), entries);
        return new Summary(outputJar, manifest.id(), manifest.pluginInfo().version(), checksums.size(), digest,
                EntryChecksums.sha256Hex(Files.readAllBytes(outputJar)), signer == null ? null : signer.publisher());
    }

    private static SortedMap<String, byte[]> readEntries(Path jarPath) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    private static void writeJar(Path output, byte[] manifest, SortedMap<String, byte[]> entries)
            throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".plugin", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temp))) {
            out.putNextEntry(new JarEntry(PluginManifest.ENTRY_NAME));
            out.write(manifest);
            out.closeEntry();
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        // A temporary file is private (0600); a plugin jar is read by whoever runs the gateway.
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The build's entry point: {@code --in JAR --out JAR [--libs DIR] [--copy-to DIR] [--key FILE --publisher NAME]}.
     */
    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        List<Path> libraries = new ArrayList<>();
        if (arguments.libs != null && Files.isDirectory(arguments.libs)) {
            try (Stream<Path> files = Files.list(arguments.libs)) {
                files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(libraries::add);
            }
        }
        Signer signer = null;
        if (arguments.key != null) {
            signer = new Signer(arguments.publisher,
                    PluginSignatures.decodePrivateKey(Files.readString(arguments.key)));
        }
        try {
            Summary summary = new PluginPackager(new ManifestReader()).pack(arguments.in, libraries, arguments.out,
                    signer);
            if (arguments.copyTo != null) {
                Files.createDirectories(arguments.copyTo);
                Files.copy(arguments.out, arguments.copyTo.resolve(summary.pluginId() + ".jar"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println(summary.describe());
        } catch (ManifestException e) {
            throw new IllegalStateException("cannot package " + arguments.in + ":\n  - "
                    + String.join("\n  - ", e.problems()), e);
        }
    }

    private record Arguments(Path in, Path out, Path libs, Path copyTo, Path key, String publisher) {

        static Arguments parse(String[] args) {
            Path in = null;
            Path out = null;
            Path libs = null;
            Path copyTo = null;
            Path key = null;
            String publisher = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--in" -> in = Path.of(args[i + 1]);
                    case "--out" -> out = Path.of(args[i + 1]);
                    case "--libs" -> libs = Path.of(args[i + 1]);
                    case "--copy-to" -> copyTo = Path.of(args[i + 1]);
                    case "--key" -> key = Path.of(args[i + 1]);
                    case "--publisher" -> publisher = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (in == null || out == null) {
                throw new IllegalArgumentException("usage: --in JAR --out JAR [--libs DIR] [--copy-to DIR] "
                        + "[--key FILE --publisher NAME]");
            }
            if (key != null && publisher == null) {
                throw new IllegalArgumentException("--key needs --publisher (the name trusted keys know it by)");
            }
            return new Arguments(in, out, libs, copyTo, key, publisher);
        }
    }
}
