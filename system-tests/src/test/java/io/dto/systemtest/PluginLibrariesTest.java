package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.systemtest.plugins.LibraryProbeStrategy;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Two plugins bundle two versions of one library under {@code lib/}; each plugin's class loader resolves its own,
 * so both run side by side in one gateway, each with its version.
 */
@ExtendWith(VertxExtension.class)
class PluginLibrariesTest {

    private static final String LIBRARY_CLASS = "io/dto/systemtest/lib/LibraryVersion";

    @TempDir
    Path work;

    @Test
    @DisplayName("two plugins bundling different versions of one library each run their own")
    void shouldResolveEachPluginsOwnLibraryVersion(Vertx vertx, VertxTestContext test) throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        probe(plugins, "lib-one", library("1.0"));
        probe(plugins, "lib-two", library("2.0"));
        Map<String, String> seen = new ConcurrentHashMap<>();
        Promise<Void> both = Promise.promise();
        MessageConsumer<JsonObject> probes = vertx.eventBus().consumer("probe.library", m -> {
            seen.put(m.body().getString("plugin"), m.body().getString("version"));
            if (seen.size() == 2) {
                both.tryComplete();
            }
        });
        probes.completion()
                .compose(v -> GatewayHarness.start(vertx, GatewayHarness.config(plugins)))
                .onComplete(test.succeeding(gateway -> both.future()
                        .compose(v -> {
                            test.verify(() -> assertThat(seen).containsExactlyInAnyOrderEntriesOf(
                                    Map.of("lib-one", "1.0", "lib-two", "2.0")));
                            return probes.unregister().compose(ignored -> gateway.stop());
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    }

    private void probe(Path plugins, String name, Path library) throws Exception {
        Path raw = TestPluginJars.unpackaged(Files.createTempDirectory(work, "raw"), name + ".jar",
                TestPluginJars.manifest(name, "1.0.0", "strategy", LibraryProbeStrategy.class, new JsonObject())
                        .encodePrettily(), LibraryProbeStrategy.class);
        new PluginPackager(new ManifestReader()).pack(raw, List.of(library), plugins.resolve(name + ".jar"), null);
    }

    /** A library jar whose {@code LibraryVersion.version()} returns {@code version}, generated with ASM. */
    private Path library(String version) throws Exception {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, LIBRARY_CLASS, null, "java/lang/Object",
                null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "version",
                "()Ljava/lang/String;", null, null);
        method.visitCode();
        method.visitLdcInsn(version);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        Path jar = work.resolve("sample-lib-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(LIBRARY_CLASS + ".class"));
            out.write(writer.toByteArray());
            out.closeEntry();
        }
        return jar;
    }
}
