package io.dto.gateway.plugin;

import io.dto.api.Plugin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validated plugin whose entry point is instantiated in its own class loader, not yet initialized; or, for a
 * plugin that runs in a plugin-host process, only validated: its classes are never loaded in the gateway.
 */
public final class LoadedPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LoadedPlugin.class);

    private final ValidatedPlugin validated;
    private final PluginClassLoader loader;
    private final Plugin instance;

    private LoadedPlugin(ValidatedPlugin validated, PluginClassLoader loader, Plugin instance) {
        this.validated = validated;
        this.loader = loader;
        this.instance = instance;
    }

    /** A plugin for a plugin-host process: the gateway loads none of its classes. */
    public static LoadedPlugin remote(ValidatedPlugin validated) {
        return new LoadedPlugin(validated, null, null);
    }

    public boolean isRemote() {
        return loader == null;
    }

    /** What the plugin declares; nothing yet for a remote plugin (its process reports it once initialized). */
    public io.dto.api.Capabilities capabilities() {
        return instance == null ? io.dto.api.Capabilities.NONE : instance.info().capabilities();
    }

    /**
     * Lifecycle step 3: loads the entry point named in the manifest in a fresh class loader and checks that it
     * implements its type's interface and describes itself as its manifest does. Blocking.
     */
    public static LoadedPlugin load(ValidatedPlugin validated, ClassLoader gatewayLoader)
            throws PluginRejectedException {
        String id = validated.id();
        String entryPoint = validated.manifest().pluginInfo().entryPoint();
        PluginClassLoader loader = PluginClassLoader.create(id, validated.jar(), validated.jar().getParent(),
                gatewayLoader);
        try {
            Class<?> type = Class.forName(entryPoint, true, loader);
            Class<? extends Plugin> contract = validated.manifest().pluginInfo().type().contract();
            if (!contract.isAssignableFrom(type)) {
                throw new PluginRejectedException(id, "loading", List.of("entry point " + entryPoint
                        + " does not implement " + contract.getName() + " (manifest type '"
                        + validated.manifest().pluginInfo().type().manifestName() + "')"));
            }
            Plugin instance = (Plugin) type.getConstructor().newInstance();
            List<String> mismatches = describeMismatches(validated, instance);
            if (!mismatches.isEmpty()) {
                throw new PluginRejectedException(id, "loading", mismatches);
            }
            return new LoadedPlugin(validated, loader, instance);
        } catch (PluginRejectedException e) {
            closeQuietly(loader);
            throw e;
        } catch (ClassNotFoundException e) {
            closeQuietly(loader);
            throw new PluginRejectedException(id, "loading", "entry point class " + entryPoint
                    + " is not in the jar", e);
        } catch (NoSuchMethodException e) {
            closeQuietly(loader);
            throw new PluginRejectedException(id, "loading", entryPoint
                    + " needs a public constructor without arguments", e);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            closeQuietly(loader);
            Throwable cause = e.getCause() != null && !(e instanceof LinkageError) ? e.getCause() : e;
            throw new PluginRejectedException(id, "loading", "cannot create " + entryPoint + ": " + cause, cause);
        }
    }

    private static List<String> describeMismatches(ValidatedPlugin validated, Plugin instance) {
        List<String> problems = new ArrayList<>();
        var info = instance.info();
        var manifest = validated.manifest().pluginInfo();
        if (info == null) {
            problems.add("info() returned null");
            return problems;
        }
        if (!manifest.name().equals(info.name())) {
            problems.add("info().name() is '" + info.name() + "' but the manifest says '" + manifest.name() + "'");
        }
        if (!manifest.version().equals(info.version())) {
            problems.add("info().version() is '" + info.version() + "' but the manifest says '" + manifest.version()
                    + "'");
        }
        if (manifest.type() != info.type()) {
            problems.add("info().type() is " + info.type() + " but the manifest says " + manifest.type());
        }
        return problems;
    }

    public ValidatedPlugin validated() {
        return validated;
    }

    public Plugin instance() {
        return instance;
    }

    public ClassLoader loader() {
        return loader;
    }

    public String id() {
        return validated.id();
    }

    /** Lifecycle step 8: releases the class loader and its extracted libraries (or the staged jar). Blocking. */
    public void close() {
        if (loader == null) {
            StagedJar.delete(validated.jar().getParent());
        } else {
            closeQuietly(loader);
        }
    }

    private static void closeQuietly(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.warn("closing the class loader of {} failed: {}", loader.getName(), e.getMessage());
        }
    }
}
