package io.dto.gateway.cli;

import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.dto.tooling.PluginSignatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gateway plugin sign --key KEY --publisher NAME JAR}: checksums and the publisher's signature. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a plugin jar: recompute the SHA-256 of every entry and sign their digest with the "
                + "publisher's Ed25519 key (in place, or to --out).")
final class PluginSignCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the plugin jar")
    private Path jar;

    @Option(names = "--key", required = true, description = "the publisher's private key file ('keys generate')")
    private Path key;

    @Option(names = "--publisher", required = true, description = "the name trusted keys know the publisher by")
    private String publisher;

    @Option(names = "--out", description = "where to write the signed jar (default: replace JAR)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PluginPackager.Signer signer = new PluginPackager.Signer(publisher,
                PluginSignatures.decodePrivateKey(Files.readString(key)));
        PluginPackager.Summary summary = new PluginPackager(new ManifestReader())
                .pack(jar, List.of(), out == null ? jar : out, signer);
        System.out.println(summary.describe());
        return 0;
    }
}
