package io.dto.tooling;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 publisher keys and signatures, with the JDK's own provider (no extra library). */
public final class PluginSignatures {

    private static final String ALGORITHM = "Ed25519";

    private PluginSignatures() {
    }

    public static KeyPair generateKeyPair() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    }

    /** Base64 of the signature over {@code data}. */
    public static String sign(byte[] data, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(key);
        signature.update(data);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    /** False for a wrong signature, and for one that is not valid Base64. */
    public static boolean verify(byte[] data, String base64Signature, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Base64 of the X.509 encoding: the form trusted keys take in the gateway's configuration. */
    public static String encodePublicKey(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decodePublicKey(String base64) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("public key is not valid Base64", e);
        }
    }

    /** Base64 of the PKCS#8 encoding, as {@code keys generate} writes private key files. */
    public static String encodePrivateKey(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey decodePrivateKey(String base64) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("private key is not valid Base64", e);
        }
    }
}
