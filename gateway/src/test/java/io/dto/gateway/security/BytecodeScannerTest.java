package io.dto.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.samples.HostileCode;
import io.dto.samples.PoliteCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeScannerTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("each forbidden API is named with class, method and line")
    void shouldNameEachForbiddenCall() throws Exception {
        List<String> findings = scan(JarFixtures.manifest("hostile"), HostileCode.class);

        assertThat(findings).anySatisfy(f -> assertThat(f)
                .matches("io\\.dto\\.samples\\.HostileCode\\.exit \\(line \\d+\\) calls java\\.lang\\.System\\.exit: "
                        + "stops the JVM"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.spawn (line")
                .contains("uses java.lang.ProcessBuilder: spawns a process"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.reflect (line")
                .contains("names \"io.dto.gateway.order.OrderManagerVerticle\": reflects into gateway or JDK "
                        + "internals"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.reflect (line")
                .contains("calls java.lang.reflect.Field.setAccessible: overrides access checks"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.readFile (line")
                .contains("accesses files without the access_external_apis permission"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.connect (line")
                .contains("opens raw sockets without the access_external_apis permission"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.exitByName (line")
                .contains("calls java.lang.reflect.Method.invoke: calls methods by reflection"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("io.dto.samples.HostileCode.lambda$exitLater")
                .contains("calls java.lang.Runtime.halt: stops the JVM"));
    }

    @Test
    @DisplayName("access_external_apis allows files and sockets, but never exit, processes or deep reflection")
    void shouldAllowFilesAndSocketsWithExternalApis() throws Exception {
        List<String> findings = scan(JarFixtures.manifest("hostile", "access_external_apis"), HostileCode.class);

        assertThat(findings).noneMatch(f -> f.contains("access_external_apis"));
        assertThat(findings).anyMatch(f -> f.contains("System.exit"));
        assertThat(findings).anyMatch(f -> f.contains("ProcessBuilder"));
        assertThat(findings).anyMatch(f -> f.contains("setAccessible"));
    }

    @Test
    @DisplayName("collections, JSON, BigDecimal, lambdas and string concatenation pass")
    void shouldAcceptOrdinaryCode() throws Exception {
        assertThat(scan(JarFixtures.manifest("polite"), PoliteCode.class)).isEmpty();
    }

    @Test
    @DisplayName("a waiver accepts findings in the classes it names, and only for its plugin")
    void shouldHonourWaivers() throws Exception {
        Path jar = JarFixtures.jar(folder, "hostile.jar", JarFixtures.manifest("hostile"), HostileCode.class);
        try (JarFile file = new JarFile(jar.toFile())) {
            BytecodeScanCheck check = new BytecodeScanCheck(id -> id.equals("hostile")
                    ? List.of("io.dto.samples.HostileCode") : List.of());
            assertThat(check.check(file, JarFixtures.read(JarFixtures.manifest("hostile")))).isEmpty();
            assertThat(check.check(file, JarFixtures.read(JarFixtures.manifest("other")))).isNotEmpty();
        }
    }

    @Test
    @DisplayName("a library bundled by two plugins is reported for each under its own entry name, with or without "
            + "access_external_apis as each plugin asks")
    void shouldReportABundledLibraryForEveryPluginThatBundlesIt() throws Exception {
        Path library = JarFixtures.jar(folder, "hostile-lib.jar", JarFixtures.manifest("lib"), HostileCode.class);
        Path first = JarFixtures.jar(folder, "first.jar", JarFixtures.manifest("first"),
                Map.of("lib/hostile-1.0.jar", library), PoliteCode.class);
        Path second = JarFixtures.jar(folder, "second.jar", JarFixtures.manifest("second"),
                Map.of("lib/hostile-copy.jar", library), PoliteCode.class);
        BytecodeScanner scanner = new BytecodeScanner();

        List<String> firstFindings = scan(scanner, first, JarFixtures.manifest("first"));
        List<String> secondFindings = scan(scanner, second, JarFixtures.manifest("second"));
        List<String> withExternalApis = scan(scanner, first, JarFixtures.manifest("first", "access_external_apis"));

        assertThat(firstFindings).isNotEmpty().allMatch(f -> f.startsWith("lib/hostile-1.0.jar: "))
                .anyMatch(f -> f.contains("System.exit")).anyMatch(f -> f.contains("accesses files"));
        assertThat(secondFindings).isEqualTo(firstFindings.stream()
                .map(f -> f.replace("lib/hostile-1.0.jar: ", "lib/hostile-copy.jar: ")).toList());
        assertThat(withExternalApis).anyMatch(f -> f.contains("System.exit"))
                .noneMatch(f -> f.contains("access_external_apis"));
    }

    private static List<String> scan(BytecodeScanner scanner, Path jar, io.vertx.core.json.JsonObject manifest)
            throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            return scanner.scan(file, JarFixtures.read(manifest)).stream().map(BytecodeScanner.Finding::describe)
                    .toList();
        }
    }

    private List<String> scan(io.vertx.core.json.JsonObject manifest, Class<?>... classes) throws Exception {
        Path jar = JarFixtures.jar(folder, "plugin.jar", manifest, classes);
        try (JarFile file = new JarFile(jar.toFile())) {
            return new BytecodeScanner().scan(file, JarFixtures.read(manifest)).stream()
                    .map(BytecodeScanner.Finding::describe).toList();
        }
    }
}
