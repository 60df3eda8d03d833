package io.dto.gateway.plugin;

import io.dto.api.manifest.PluginManifest;
import io.dto.api.manifest.Security;
import io.dto.tooling.EntryChecksums;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * Every entry of the jar must have the SHA-256 the manifest declares, and the declared list must have the declared
 * digest (which is what a signature covers).
 */
public final class ChecksumCheck implements PluginCheck {

    @Override
    public List<String> check(JarFile jar, PluginManifest manifest) throws Exception {
        Security security = manifest.security();
        if (security.checksums().isEmpty() || security.checksum() == null) {
            return List.of("the manifest has no security.checksums: package the plugin with "
                    + "'bin/gateway plugin package' (or the plugin-parent build) so its entries can be verified");
        }
        List<String> problems = new ArrayList<>();
        String digest = EntryChecksums.digest(security.checksums());
        if (!digest.equals(security.checksum())) {
            problems.add("security.checksum " + security.checksum() + " does not match the checksum list ("
                    + digest + ")");
        }
        Map<String, String> actual = EntryChecksums.compute(jar);
        problems.addAll(EntryChecksums.differences(security.checksums(), actual));
        return problems;
    }
}
