package io.dto.gateway.security;

import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.plugin.PluginCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle step 2's bytecode scan: every forbidden reference in the jar is a problem, named by class, method and
 * line, unless the operator waived findings in that class ({@code plugins.security.scan_waivers.<id>}).
 */
public final class BytecodeScanCheck implements PluginCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BytecodeScanCheck.class);

    private final BytecodeScanner scanner = new BytecodeScanner();
    private final Function<String, List<String>> waivers;

    /** @param waivers per plugin id, class names or package prefixes (dotted) whose findings are accepted */
    public BytecodeScanCheck(Function<String, List<String>> waivers) {
        this.waivers = waivers;
    }

    @Override
    public List<String> check(JarFile jar, PluginManifest manifest) throws Exception {
        List<String> waived = waivers.apply(manifest.id());
        List<String> problems = new ArrayList<>();
        for (BytecodeScanner.Finding finding : scanner.scan(jar, manifest)) {
            String className = finding.className().replace('/', '.');
            if (waived.stream().anyMatch(className::startsWith)) {
                LOG.info("plugin {}: waived by plugins.security.scan_waivers.{}: {}", manifest.id(), manifest.id(),
                        finding.describe());
            } else {
                problems.add(finding.describe());
            }
        }
        return problems;
    }
}
