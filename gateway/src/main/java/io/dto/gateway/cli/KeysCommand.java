package io.dto.gateway.cli;

import io.dto.tooling.PluginSignatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway keys generate}: a publisher's Ed25519 key pair. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Publisher keys for signing plugins.",
        subcommands = KeysCommand.Generate.class)
final class KeysCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Generate an Ed25519 key pair: NAME.key (private, PKCS#8, Base64; keep it secret) and "
                    + "NAME.pub (public, X.509, Base64; what gateways trust).")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--publisher", required = true, description = "the publisher's name")
        private String publisher;

        @Option(names = "--out", defaultValue = ".", description = "folder for the two files (default: current)")
        private Path out;

        @Override
        public Integer call() throws Exception {
            KeyPair pair = PluginSignatures.generateKeyPair();
            Files.createDirectories(out);
            Path privateKey = out.resolve(publisher + ".key");
            Path publicKey = out.resolve(publisher + ".pub");
            if (Files.exists(privateKey)) {
                throw new IllegalArgumentException(privateKey + " exists; remove it or choose another --out");
            }
            Files.writeString(privateKey, PluginSignatures.encodePrivateKey(pair.getPrivate()) + "\n");
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            String encoded = PluginSignatures.encodePublicKey(pair.getPublic());
            Files.writeString(publicKey, encoded + "\n");
            System.out.println("private key: " + privateKey + "  (sign with: bin/gateway plugin sign --key "
                    + privateKey + " --publisher " + publisher + " JAR)");
            System.out.println("public key:  " + publicKey);
            System.out.println("to trust it, copy " + publicKey.getFileName() + " into config/keys/, or add to "
                    + "gateway.yaml:");
            System.out.println("  plugins:\n    security:\n      trusted_keys:\n        " + publisher + ": " + encoded);
            return 0;
        }
    }
}
