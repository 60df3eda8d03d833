package io.dto.tooling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PluginSignatures")
class PluginSignaturesTest {

    private final byte[] data = "a.class:11\nb.class:22\n".getBytes(UTF_8);

    @Test
    @DisplayName("verifies a signature made with the matching key")
    void shouldVerifyItsOwnSignature() throws GeneralSecurityException {
        KeyPair keys = PluginSignatures.generateKeyPair();

        String signature = PluginSignatures.sign(data, keys.getPrivate());

        assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
        assertThat(PluginSignatures.verify(data, signature, keys.getPublic())).isTrue();
    }

    @Test
    @DisplayName("refuses tampered data, another key, a tampered signature and one that is not Base64")
    void shouldRefuseTampering() throws GeneralSecurityException {
        KeyPair keys = PluginSignatures.generateKeyPair();
        KeyPair other = PluginSignatures.generateKeyPair();
        String signature = PluginSignatures.sign(data, keys.getPrivate());
        byte[] tamperedData = data.clone();
        tamperedData[0] ^= 1;
        byte[] tamperedSignature = Base64.getDecoder().decode(signature);
        tamperedSignature[10] ^= 1;

        assertThat(PluginSignatures.verify(tamperedData, signature, keys.getPublic())).isFalse();
        assertThat(PluginSignatures.verify(data, signature, other.getPublic())).isFalse();
        assertThat(PluginSignatures.verify(data, Base64.getEncoder().encodeToString(tamperedSignature),
                keys.getPublic())).isFalse();
        assertThat(PluginSignatures.verify(data, "not base64!", keys.getPublic())).isFalse();
    }

    @Test
    @DisplayName("round-trips keys through their Base64 text form")
    void shouldRoundTripKeys() throws GeneralSecurityException {
        KeyPair keys = PluginSignatures.generateKeyPair();

        var publicKey = PluginSignatures.decodePublicKey(PluginSignatures.encodePublicKey(keys.getPublic()) + "\n");
        var privateKey = PluginSignatures.decodePrivateKey(PluginSignatures.encodePrivateKey(keys.getPrivate()));

        assertThat(PluginSignatures.verify(data, PluginSignatures.sign(data, privateKey), publicKey)).isTrue();
        assertThatThrownBy(() -> PluginSignatures.decodePublicKey("%%%"))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("not valid Base64");
        assertThatThrownBy(() -> PluginSignatures.decodePrivateKey("%%%"))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("not valid Base64");
    }
}
