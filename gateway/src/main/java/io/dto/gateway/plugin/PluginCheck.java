package io.dto.gateway.plugin;

import io.dto.api.manifest.PluginManifest;
import java.util.List;
import java.util.jar.JarFile;

/** One validation check of lifecycle step 2, run on the jar before any of its classes is loaded. */
@FunctionalInterface
public interface PluginCheck {

    /** Every problem this check finds, each a sentence that names what to fix; empty when the jar passes. */
    List<String> check(JarFile jar, PluginManifest manifest) throws Exception;
}
