package io.dto.gateway.cli;

import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.dto.tooling.PluginSignatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gateway plugin package --in JAR --out JAR}: the guide's distribution script for the JVM. Bundles libraries
 * under {@code lib/}, writes the checksums (and the signature with {@code --key}), and writes {@code OUT.sha256}.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Turn a compiled jar with plugin-manifest.json into a plugin jar: bundle libraries under lib/, "
                + "write the SHA-256 of every entry, sign with --key, and write OUT.sha256.")
final class PluginPackageCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "the compiled jar (with plugin-manifest.json)")
    private Path in;

    @Option(names = "--out", required = true, description = "the plugin jar to write")
    private Path out;

    @Option(names = "--libs", description = "a folder of library jars to bundle under lib/")
    private Path libs;

    @Option(names = "--key", description = "the publisher's private key file, to sign")
    private Path key;

    @Option(names = "--publisher", description = "the publisher's name (with --key)")
    private String publisher;

    @Override
    public Integer call() throws Exception {
        if ((key == null) != (publisher == null)) {
            throw new IllegalArgumentException("--key and --publisher go together: the signature names its publisher");
        }
        List<Path> libraries = new ArrayList<>();
        if (libs != null) {
            try (Stream<Path> files = Files.list(libs)) {
                files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(libraries::add);
            }
        }
        PluginPackager.Signer signer = key == null ? null
                : new PluginPackager.Signer(publisher, PluginSignatures.decodePrivateKey(Files.readString(key)));
        PluginPackager.Summary summary = new PluginPackager(new ManifestReader()).pack(in, libraries, out, signer);
        Path checksumFile = out.resolveSibling(out.getFileName() + ".sha256");
        Files.writeString(checksumFile, summary.jarSha256() + "  " + out.getFileName() + "\n");
        System.out.println(summary.describe());
        System.out.println("  libraries: " + libraries.size() + (libraries.isEmpty() ? "" : " " + libraries.stream()
                .map(p -> p.getFileName().toString()).toList()));
        System.out.println("  checksums: " + checksumFile);
        return 0;
    }
}
