package io.dto.gateway.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What plugin bytecode may not reference, as internal names ({@code java/lang/System}). Each rule answers with the
 * reason in words, or {@code null} when the reference is fine. Network and file classes are allowed only to a
 * plugin whose manifest asks for {@code access_external_apis}.
 */
final class ForbiddenApis {

    private static final Map<String, String> METHODS = Map.ofEntries(
            Map.entry("java/lang/System.exit", "stops the JVM"),
            Map.entry("java/lang/Runtime.exit", "stops the JVM"),
            Map.entry("java/lang/Runtime.halt", "stops the JVM"),
            Map.entry("java/lang/Runtime.exec", "spawns a process"),
            Map.entry("java/lang/Runtime.addShutdownHook", "registers a JVM shutdown hook"),
            Map.entry("java/lang/System.load", "loads a native library"),
            Map.entry("java/lang/System.loadLibrary", "loads a native library"),
            Map.entry("java/lang/Runtime.load", "loads a native library"),
            Map.entry("java/lang/Runtime.loadLibrary", "loads a native library"),
            Map.entry("java/lang/System.setSecurityManager", "replaces the security manager"),
            Map.entry("java/lang/System.setIn", "replaces the JVM's standard streams"),
            Map.entry("java/lang/System.setOut", "replaces the JVM's standard streams"),
            Map.entry("java/lang/System.setErr", "replaces the JVM's standard streams"),
            Map.entry("java/lang/Thread.setContextClassLoader", "changes a thread's context class loader"),
            Map.entry("java/lang/ClassLoader.getSystemClassLoader", "reaches the gateway's class loader"),
            Map.entry("java/lang/ClassLoader.getPlatformClassLoader", "reaches the JDK's class loader"),
            Map.entry("java/lang/ClassLoader.getParent", "reaches the gateway's class loader"),
            Map.entry("java/lang/ClassLoader.defineClass", "defines classes at run time"),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.defineClass", "defines classes at run time"),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.defineHiddenClass", "defines classes at run time"),
            Map.entry("java/lang/invoke/MethodHandles.privateLookupIn", "reflects into private members"),
            Map.entry("java/lang/reflect/AccessibleObject.setAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/AccessibleObject.trySetAccessible",
                    "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Field.setAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Method.setAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Constructor.setAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Field.trySetAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Method.trySetAccessible", "overrides access checks (deep reflection)"),
            Map.entry("java/lang/reflect/Constructor.trySetAccessible", "overrides access checks (deep reflection)"));

    /**
     * Calls by name, which could reach what the other rules forbid ({@code Runtime.exit} through
     * {@code Method.invoke}). Checked in a plugin's own classes; libraries use reflection for their own ends.
     */
    private static final Set<String> REFLECTIVE_CALLS = Set.of("java/lang/reflect/Method.invoke",
            "java/lang/invoke/MethodHandles$Lookup.findStatic", "java/lang/invoke/MethodHandles$Lookup.findVirtual",
            "java/lang/invoke/MethodHandles$Lookup.findSpecial", "java/lang/invoke/MethodHandles$Lookup.unreflect");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("java/lang/ProcessBuilder", "spawns a process"),
            Map.entry("java/lang/ProcessHandle", "controls processes"),
            Map.entry("java/lang/Process", "controls processes"),
            Map.entry("java/net/URLClassLoader", "defines classes at run time"),
            Map.entry("java/security/SecureClassLoader", "defines classes at run time"));

    private static final Set<String> NETWORK = Set.of("java/net/Socket", "java/net/ServerSocket",
            "java/net/DatagramSocket", "java/net/MulticastSocket", "java/net/URLConnection",
            "java/net/HttpURLConnection", "java/net/JarURLConnection", "java/nio/channels/SocketChannel",
            "java/nio/channels/ServerSocketChannel", "java/nio/channels/DatagramChannel",
            "java/nio/channels/AsynchronousSocketChannel", "java/nio/channels/AsynchronousServerSocketChannel",
            "javax/net/SocketFactory", "javax/net/ssl/SSLSocketFactory");
    private static final Set<String> NETWORK_METHODS = Set.of("java/net/URL.openConnection",
            "java/net/URL.openStream", "java/net/URL.getContent");
    private static final Set<String> FILES = Set.of("java/io/File", "java/io/FileInputStream",
            "java/io/FileOutputStream", "java/io/FileReader", "java/io/FileWriter", "java/io/RandomAccessFile",
            "java/nio/file/Files", "java/nio/file/FileSystems", "java/nio/channels/FileChannel",
            "java/nio/channels/AsynchronousFileChannel");

    /** Prefixes no plugin may reference at all. */
    private static final Map<String, String> INTERNALS = Map.of(
            "io/dto/gateway/", "gateway internals (a plugin sees only io.dto.api)",
            "sun/", "JDK internals",
            "jdk/internal/", "JDK internals",
            "com/sun/", "JDK internals",
            "io/vertx/core/impl/", "Vert.x internals",
            "io/vertx/core/internal/", "Vert.x internals",
            "io/vertx/core/spi/", "Vert.x internals");

    /** Strings that name internals: what {@code Class.forName("...")} reflection into them needs. */
    static final List<String> INTERNAL_NAMES = List.of("io.dto.gateway", "jdk.internal", "sun.misc", "sun.reflect");

    private ForbiddenApis() {
    }

    static String method(String owner, String name, boolean externalApis) {
        String key = owner + "." + name;
        String reason = METHODS.get(key);
        if (reason != null) {
            return reason;
        }
        if (!externalApis && NETWORK_METHODS.contains(key)) {
            return "opens a network connection without the access_external_apis permission";
        }
        return type(owner, externalApis);
    }

    /** A call by reflection, or {@code null}: see {@link #REFLECTIVE_CALLS}. */
    static String reflective(String owner, String name) {
        return REFLECTIVE_CALLS.contains(owner + "." + name)
                ? "calls methods by reflection, which could reach what the scan forbids" : null;
    }

    static String type(String internalName, boolean externalApis) {
        for (var internal : INTERNALS.entrySet()) {
            if (internalName.startsWith(internal.getKey())) {
                return "references " + internal.getValue();
            }
        }
        String reason = TYPES.get(internalName);
        if (reason != null) {
            return reason;
        }
        if (!externalApis && NETWORK.contains(internalName)) {
            return "opens raw sockets without the access_external_apis permission";
        }
        if (!externalApis && FILES.contains(internalName)) {
            return "accesses files without the access_external_apis permission";
        }
        return null;
    }

    /** A superclass that lets a class define other classes. */
    static String superclass(String internalName) {
        return switch (internalName) {
            case "java/lang/ClassLoader", "java/security/SecureClassLoader", "java/net/URLClassLoader" ->
                    "is a class loader (defines classes at run time)";
            default -> null;
        };
    }
}
