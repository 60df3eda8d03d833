package io.dto.testkit;

import io.dto.api.Permission;
import io.dto.api.Plugin;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.manifest.PluginManifest;
import io.dto.tooling.ConfigValidator;
import io.dto.tooling.ManifestException;
import io.dto.tooling.ManifestReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one plugin the way the gateway would, without a gateway. {@link #builder(Plugin)} reads the plugin's manifest
 * and validates it, checks that the plugin implements the manifest's type and is its entry point, validates the
 * configuration against the manifest's parameters with the gateway's own {@link ConfigValidator} (reporting every
 * violation) and builds a {@link PluginContext} with the effective configuration, a recording logger, a
 * {@link FakeClock} with its timers, inline blocking work, recording metrics and a {@link RecordingBus} whose
 * permission checks mirror the manifest.
 *
 * <pre>{@code
 * PluginHarness<MyStrategy> harness = PluginHarness.builder(new MyStrategy())
 *         .config("short_period", 3)
 *         .build()      // throws PluginRejectedException listing every problem
 *         .start();     // initialize(), failing the test if the plugin's future fails
 * }</pre>
 *
 * <p>The typed harnesses ({@link StrategyHarness}, {@link IndicatorHarness}, {@link DataProviderHarness},
 * {@link BrokerHarness}, {@link RiskHarness}) add what the gateway does for each plugin type.
 *
 * <p>Threading: the gateway calls a plugin on one event-loop context, never concurrently; the testkit calls it on
 * the test's thread. Timers fire, blocking work runs and bus handlers are called on that thread too, during the
 * call that causes them ({@link FakeClock#advance}, {@link RecordingBus#deliver}). The harness is not thread-safe.
 *
 * <p>{@code vertx()}: a plugin whose manifest grants {@code access_external_apis} gets a real Vert.x instance,
 * created on first use and closed by {@link #close()}. Its timers run on real time and its callbacks on Vert.x
 * threads, so results from it arrive asynchronously; the harness then waits a bounded time (10 s) for a plugin's
 * futures. Without the permission, {@code vertx()} throws {@link io.dto.api.PermissionDeniedException}.
 */
public final class PluginHarness<P extends Plugin> implements AutoCloseable {

    private final P plugin;
    private final PluginManifest manifest;
    private final FakeClock clock;
    private final HarnessContext context;
    private boolean initialized;
    private boolean running;
    private boolean cleanedUp;

    private PluginHarness(P plugin, PluginManifest manifest, FakeClock clock, HarnessContext context) {
        this.plugin = plugin;
        this.manifest = manifest;
        this.clock = clock;
        this.context = context;
    }

    /** Starts describing a harness for this plugin instance (created by the test with its no-argument constructor). */
    public static <P extends Plugin> Builder<P> builder(P plugin) {
        return new Builder<>(plugin);
    }

    public P plugin() {
        return plugin;
    }

    public PluginManifest manifest() {
        return manifest;
    }

    public String pluginId() {
        return manifest.id();
    }

    /** The effective configuration: what the test supplied, with the manifest's defaults filled in. */
    public JsonObject config() {
        return context.config();
    }

    /** The context the plugin receives in {@code initialize}. */
    public PluginContext context() {
        return context;
    }

    public FakeClock clock() {
        return clock;
    }

    public RecordingBus bus() {
        return context.bus();
    }

    public RecordingMetrics metrics() {
        return context.metrics();
    }

    public RecordingLogger logger() {
        return context.recordingLogger();
    }

    /** The permissions the context grants: the manifest's required ones and the optional ones the test granted. */
    public Set<Permission> permissions() {
        return context.permissions();
    }

    /**
     * Calls {@code initialize(context)} (once; later calls return the same outcome) and returns its completed
     * future. A plugin that succeeds but whose {@code info()} disagrees with the manifest (name, version, type) gets
     * a failed future whose cause is a {@link PluginRejectedException}, as the gateway refuses to register it.
     */
    public Future<Void> initialize() {
        if (initialized) {
            throw new IllegalStateException("plugin '" + pluginId() + "' was already initialized; the gateway "
                    + "initializes a plugin instance once");
        }
        initialized = true;
        Future<Void> outcome = Futures.completed(plugin.initialize(context), "initialize of plugin '" + pluginId()
                + "'", context.vertxInUse());
        if (outcome.succeeded()) {
            running = true;
            List<String> problems = infoProblems(plugin.info());
            if (!problems.isEmpty()) {
                return Future.failedFuture(new PluginRejectedException(pluginId(),
                        PluginRejectedException.Stage.REGISTRATION, problems));
            }
        }
        return outcome;
    }

    /**
     * Initializes the plugin and fails the test when it does not come up.
     *
     * @throws AssertionFailedError with the plugin's failure as cause
     * @throws PluginRejectedException when {@code info()} disagrees with the manifest
     */
    public PluginHarness<P> start() {
        Future<Void> outcome = initialize();
        if (outcome.failed()) {
            if (outcome.cause() instanceof PluginRejectedException rejected) {
                throw rejected;
            }
            throw new AssertionFailedError("plugin '" + pluginId() + "' failed to initialize: "
                    + outcome.cause().getMessage(), outcome.cause());
        }
        return this;
    }

    /** Whether {@link #initialize()} has been called. */
    public boolean initialized() {
        return initialized;
    }

    /** Calls {@code cleanup()} and waits for it; a failure is thrown as {@link PluginCallFailedException}. */
    public void cleanup() {
        cleanedUp = true;
        await(plugin.cleanup(), "cleanup");
    }

    /** Moves the fake clock forward, firing due timers; see {@link FakeClock#advance}. */
    public int advance(Duration duration) {
        return clock.advance(duration);
    }

    /**
     * The result of a future the plugin returned; a failed future is thrown as {@link PluginCallFailedException}.
     *
     * @param call what was called, for the message ("submitOrder")
     */
    public <T> T await(Future<T> future, String call) {
        return Futures.result(future, call + " of plugin '" + pluginId() + "'", context.vertxInUse());
    }

    /** The completed future (failed or not), for a test that wants to look at a failure itself. */
    public <T> Future<T> completed(Future<T> future, String call) {
        return Futures.completed(future, call + " of plugin '" + pluginId() + "'", context.vertxInUse());
    }

    /**
     * Cleans the plugin up if its initialization succeeded and it was not cleaned up yet, then closes Vert.x if it
     * was created.
     */
    @Override
    public void close() {
        try {
            if (running && !cleanedUp) {
                cleanup();
            }
        } finally {
            Futures.completed(context.closeVertx(), "closing Vert.x", true);
        }
    }

    private List<String> infoProblems(PluginInfo info) {
        List<String> problems = new ArrayList<>();
        if (info == null) {
            problems.add("info() returned null");
            return problems;
        }
        if (!manifest.id().equals(info.name())) {
            problems.add("info().name() is '" + info.name() + "' but the manifest's name is '" + manifest.id() + "'");
        }
        if (!manifest.pluginInfo().version().equals(info.version())) {
            problems.add("info().version() is '" + info.version() + "' but the manifest's version is '"
                    + manifest.pluginInfo().version() + "'");
        }
        if (manifest.pluginInfo().type() != info.type()) {
            problems.add("info().type() is " + info.type() + " but the manifest's type is '"
                    + manifest.pluginInfo().type().manifestName() + "'");
        }
        return problems;
    }

    /** Describes a harness: where the manifest is, the configuration, the start time, optional permissions. */
    public static final class Builder<P extends Plugin> {

        private final P plugin;
        private ManifestSource manifestSource;
        private JsonObject config = new JsonObject();
        private Instant start = FakeClock.DEFAULT_START;
        private final Set<Permission> optionalGrants = EnumSet.noneOf(Permission.class);

        private Builder(P plugin) {
            this.plugin = Objects.requireNonNull(plugin, "plugin");
        }

        /** Reads the manifest from a classpath resource instead of {@code plugin-manifest.json} beside the class. */
        public Builder<P> manifestResource(String resourceName) {
            ClassLoader loader = plugin.getClass().getClassLoader();
            manifestSource = ManifestSource.ofResource(loader == null ? ClassLoader.getSystemClassLoader() : loader,
                    resourceName);
            return this;
        }

        /** Reads the manifest from a file. */
        public Builder<P> manifest(Path path) {
            manifestSource = ManifestSource.ofPath(path);
            return this;
        }

        /** Uses this manifest text (handy for plugins defined inside a test). */
        public Builder<P> manifestJson(String json) {
            manifestSource = ManifestSource.ofJson(json);
            return this;
        }

        /** Replaces the supplied configuration (before defaults; the validator fills those in). */
        public Builder<P> config(JsonObject supplied) {
            config = supplied == null ? new JsonObject() : supplied.copy();
            return this;
        }

        /** Sets one configuration value; lists and maps become JSON arrays and objects. */
        public Builder<P> config(String key, Object value) {
            config.put(key, JsonValues.toJson(value));
            return this;
        }

        /** Where the fake clock starts; {@link FakeClock#DEFAULT_START} unless set. */
        public Builder<P> startingAt(Instant instant) {
            start = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /** Grants optional permissions the manifest lists, as the gateway's configuration may. */
        public Builder<P> grantOptional(Permission... permissions) {
            optionalGrants.addAll(List.of(permissions));
            return this;
        }

        /**
         * Validates manifest and configuration and builds the harness; the plugin is not initialized yet.
         *
         * @throws PluginRejectedException listing every problem, when the gateway would refuse the plugin
         */
        public PluginHarness<P> build() {
            ManifestSource source = manifestSource != null ? manifestSource
                    : ManifestSource.besideClass(plugin.getClass());
            PluginManifest manifest = PluginChecks.readManifest(source, plugin);
            Set<Permission> granted = PluginChecks.grantedPermissions(manifest, optionalGrants);
            ConfigValidator.Result result = ConfigValidator.validate(manifest.parameters(), config);
            if (!result.valid()) {
                throw new PluginRejectedException(manifest.id(), PluginRejectedException.Stage.CONFIGURATION,
                        result.violations());
            }
            FakeClock clock = new FakeClock(start);
            HarnessContext context = new HarnessContext(manifest.id(), result.config(), granted, clock);
            return new PluginHarness<>(plugin, manifest, clock, context);
        }
    }

    /** The manifest checks of {@link Builder#build()}, apart so the builder stays short. */
    static final class PluginChecks {

        private PluginChecks() {
        }

        static PluginManifest readManifest(ManifestSource source, Plugin plugin) {
            PluginManifest manifest;
            try {
                manifest = SharedReader.INSTANCE.read(source.json());
            } catch (ManifestException e) {
                List<String> problems = new ArrayList<>();
                problems.add("in " + source.description());
                problems.addAll(e.problems());
                throw new PluginRejectedException(nameHint(source, plugin), PluginRejectedException.Stage.MANIFEST,
                        problems);
            }
            List<String> problems = new ArrayList<>(ConfigValidator.checkDefaults(manifest.parameters()));
            Class<? extends Plugin> contract = manifest.pluginInfo().type().contract();
            if (!contract.isInstance(plugin)) {
                problems.add("the manifest's type is '" + manifest.pluginInfo().type().manifestName() + "' but "
                        + plugin.getClass().getName() + " does not implement " + contract.getSimpleName());
            }
            String entryPoint = manifest.pluginInfo().entryPoint();
            if (!plugin.getClass().getName().equals(entryPoint)) {
                problems.add("the manifest's entry_point is '" + entryPoint + "' but the plugin under test is "
                        + plugin.getClass().getName() + "; the gateway would instantiate " + entryPoint);
            }
            if (!problems.isEmpty()) {
                throw new PluginRejectedException(manifest.id(), PluginRejectedException.Stage.MANIFEST, problems);
            }
            return manifest;
        }

        /** The manifest's name if it can be read at all, else the plugin's class name, for messages. */
        private static String nameHint(ManifestSource source, Plugin plugin) {
            try {
                String name = ManifestReader.parse(source.json()).getJsonObject("plugin_info").getString("name");
                return name != null ? name : plugin.getClass().getSimpleName();
            } catch (ManifestException | RuntimeException e) {
                return plugin.getClass().getSimpleName();
            }
        }

        static Set<Permission> grantedPermissions(PluginManifest manifest, Set<Permission> optionalGrants) {
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            granted.addAll(manifest.permissions().required());
            for (Permission permission : optionalGrants) {
                if (!manifest.permissions().optional().contains(permission)
                        && !manifest.permissions().required().contains(permission)) {
                    throw new IllegalArgumentException("cannot grant '" + permission.manifestName() + "': the "
                            + "manifest of '" + manifest.id() + "' does not list it under permissions.optional");
                }
                granted.add(permission);
            }
            return granted;
        }
    }

    /** One reader for all harnesses: loading the JSON Schema is the slow part, and the reader is immutable. */
    private static final class SharedReader {
        static final ManifestReader INSTANCE = new ManifestReader();
    }
}
