package io.dto.gateway.security;

import io.dto.api.Permission;
import io.dto.api.manifest.PluginManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads every class of a plugin jar, and of the libraries it bundles under {@code lib/}, with ASM before any of
 * them is loaded, and reports each reference to a forbidden API ({@link ForbiddenApis}) with class, method and
 * line. The plugin's own classes must also reference only {@link AllowedPackages} and call nothing by reflection;
 * bundled libraries answer for their own imports and reflection.
 */
public final class BytecodeScanner {

    private static final String GATEWAY_PACKAGE = "io/dto/gateway/";

    /** Findings of bundled libraries already scanned, by content and scan conditions (see {@link #scanLibrary}). */
    private final Map<String, List<Finding>> libraryFindings = new ConcurrentHashMap<>();

    /** One forbidden reference. {@code line} is -1 where the class has no line numbers. */
    public record Finding(String source, String className, String method, int line, String what, String why) {

        public String describe() {
            String where = className.replace('/', '.') + "." + method + (line > 0 ? " (line " + line + ")" : "");
            return (source.isEmpty() ? "" : source + ": ") + where + " " + what + ": " + why;
        }
    }

    /** Scans the jar; the findings in the order met, at most one per reference, method and reason. */
    public List<Finding> scan(JarFile jar, PluginManifest manifest) throws IOException {
        boolean externalApis = manifest.permissions().required().contains(Permission.ACCESS_EXTERNAL_APIS)
                || manifest.permissions().optional().contains(Permission.ACCESS_EXTERNAL_APIS);
        Map<String, byte[]> own = new LinkedHashMap<>();
        Map<String, Library> libraries = new LinkedHashMap<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.endsWith(".class") && !name.startsWith("lib/") && !name.endsWith("module-info.class")) {
                own.put(name, read(jar, entry));
            } else if (name.startsWith("lib/") && name.endsWith(".jar")) {
                byte[] library = read(jar, entry);
                libraries.put(name, new Library(sha256(library), classesOf(library)));
            }
        }
        Set<String> packages = new HashSet<>();
        Set<String> bundled = new HashSet<>();
        own.keySet().forEach(name -> bundled.add(name.substring(0, name.length() - ".class".length())));
        libraries.values().forEach(library -> library.classes().keySet()
                .forEach(name -> bundled.add(name.substring(0, name.length() - ".class".length()))));
        bundled.forEach(name -> packages.add(packageOf(name)));
        AllowedPackages allowed = new AllowedPackages(packages);
        List<Finding> findings = new ArrayList<>();
        Scope ownScope = new Scope("", externalApis, allowed, bundled);
        own.forEach((name, bytes) -> findings.addAll(scanClass(name, bytes, ownScope)));
        libraries.forEach((lib, library) -> findings.addAll(scanLibrary(lib, library, externalApis, bundled)));
        return findings;
    }

    /**
     * A bundled library's findings, read from {@link #libraryFindings} when a jar with the same bytes was scanned
     * under the same conditions before (fix and fix-sim bundle the same QuickFIX/J; a reload rescans the same jar).
     */
    private List<Finding> scanLibrary(String lib, Library library, boolean externalApis, Set<String> bundled) {
        List<String> bundledGatewayClasses = bundled.stream().filter(name -> name.startsWith(GATEWAY_PACKAGE))
                .sorted().toList();
        String key = library.sha256() + "|" + externalApis + "|" + bundledGatewayClasses;
        Scope scope = new Scope(lib, externalApis, null, bundled);
        List<Finding> found = libraryFindings.computeIfAbsent(key, k -> library.classes().entrySet().stream()
                .flatMap(c -> scanClass(c.getKey(), c.getValue(), scope).stream()).toList());
        return found.stream().map(f -> f.source().equals(lib) ? f
                : new Finding(lib, f.className(), f.method(), f.line(), f.what(), f.why())).toList();
    }

    /** A jar bundled under {@code lib/}: the SHA-256 of its bytes, and its classes by entry name. */
    private record Library(String sha256, Map<String, byte[]> classes) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * What a class is scanned with.
     *
     * @param source the library it comes from, or "" for the plugin's own classes
     * @param allowed the packages it may reference, or {@code null} for a library (which answers for its imports)
     * @param bundled the classes of the jar and its libraries: a plugin's own class in an {@code io.dto.gateway}
     *     package is harmless (its class loader never resolves that name to the gateway's class)
     */
    private record Scope(String source, boolean externalApis, AllowedPackages allowed, Set<String> bundled) {
    }

    /** A class that ASM cannot read cannot be checked, so it is a finding itself. */
    private static List<Finding> scanClass(String entry, byte[] bytes, Scope scope) {
        List<Finding> findings = new ArrayList<>();
        try {
            new ClassReader(bytes).accept(new ClassScan(scope, findings), 0);
        } catch (RuntimeException e) {
            findings.add(new Finding(scope.source(), entry.substring(0, entry.length() - ".class".length()),
                    "<class>", -1, "cannot be read as a class file",
                    "a class that cannot be scanned is not loaded (" + e + ")"));
        }
        return findings;
    }

    private static Map<String, byte[]> classesOf(byte[] libraryJar) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(libraryJar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.put(name, in.readAllBytes());
                }
            }
        }
        return classes;
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String packageOf(String entryName) {
        int slash = entryName.lastIndexOf('/');
        return slash < 0 ? "" : entryName.substring(0, slash + 1);
    }

    /** Visits one class: its supertypes, native methods and every instruction that names a class or member. */
    private static final class ClassScan extends ClassVisitor {

        private final String source;
        private final boolean externalApis;
        private final AllowedPackages allowed;
        private final Set<String> bundled;
        private final List<Finding> findings;
        private final Set<String> seen = new HashSet<>();
        private String className;

        ClassScan(Scope scope, List<Finding> findings) {
            super(Opcodes.ASM9);
            this.source = scope.source();
            this.externalApis = scope.externalApis();
            this.allowed = scope.allowed();
            this.bundled = scope.bundled();
            this.findings = findings;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            if (superName != null) {
                report("<class>", -1, "extends " + dotted(superName), ForbiddenApis.superclass(superName));
                typeRef("<class>", -1, superName);
            }
            for (String type : interfaces == null ? new String[0] : interfaces) {
                typeRef("<class>", -1, type);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                report(name, -1, "is a native method", "runs native code");
            }
            return new MethodScan(name);
        }

        private void typeRef(String method, int line, String internalName) {
            if (internalName.startsWith("[")) {
                Type element = Type.getType(internalName).getElementType();
                if (element.getSort() != Type.OBJECT) {
                    return;
                }
                internalName = element.getInternalName();
            }
            if (internalName.startsWith(GATEWAY_PACKAGE) && bundled.contains(internalName)) {
                return;
            }
            report(method, line, "uses " + dotted(internalName), ForbiddenApis.type(internalName, externalApis));
            if (allowed != null) {
                report(method, line, "uses " + dotted(internalName), allowed.check(internalName));
            }
        }

        private void report(String method, int line, String what, String why) {
            if (why != null && seen.add(method + "|" + what + "|" + why)) {
                findings.add(new Finding(source, className, method, line, what, why));
            }
        }

        private final class MethodScan extends MethodVisitor {

            private final String method;
            private int line = -1;

            MethodScan(String method) {
                super(Opcodes.ASM9);
                this.method = method;
            }

            @Override
            public void visitLineNumber(int number, Label start) {
                line = number;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                    boolean isInterface) {
                member(owner, name);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                typeRef(method, line, owner);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                typeRef(method, line, type);
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                    typeRef(method, line, type.getInternalName());
                } else if (value instanceof String text
                        && ForbiddenApis.INTERNAL_NAMES.stream().anyMatch(text::startsWith)) {
                    report(method, line, "names \"" + text + "\"", "reflects into gateway or JDK internals");
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
                for (Object arg : args) {
                    if (arg instanceof Handle handle) {
                        member(handle.getOwner(), handle.getName());
                    }
                }
            }

            private void member(String owner, String name) {
                if (owner.startsWith(GATEWAY_PACKAGE) && bundled.contains(owner)) {
                    return;
                }
                String why = ForbiddenApis.method(owner, name, externalApis);
                if (why == null && allowed != null) {
                    why = ForbiddenApis.reflective(owner, name);
                }
                report(method, line, "calls " + dotted(owner) + "." + name, why);
                if (allowed != null && why == null) {
                    report(method, line, "uses " + dotted(owner), allowed.check(owner));
                }
            }
        }
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
