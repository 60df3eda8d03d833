package io.dto.gateway.security;

import java.util.List;
import java.util.Set;

/**
 * The guide's allowed imports for the JVM: a plugin's own classes may reference plugin-api, the Vert.x core API,
 * slf4j, the JDK's safe set, and the packages of its own jar and of the libraries it bundles under {@code lib/}.
 */
final class AllowedPackages {

    /** Prefixes of internal names; the JDK's safe set plus what the gateway shows every plugin. */
    static final List<String> PLATFORM = List.of("io/dto/api/", "io/vertx/core/", "org/slf4j/",
            "java/lang/", "java/util/", "java/time/", "java/math/", "java/text/", "java/io/", "java/nio/",
            "java/net/", "java/security/", "javax/crypto/", "javax/net/");

    private final Set<String> ownPackages;

    /** @param ownPackages the packages (internal names, with trailing '/') of the jar and its libraries */
    AllowedPackages(Set<String> ownPackages) {
        this.ownPackages = Set.copyOf(ownPackages);
    }

    /** {@code null} when allowed, otherwise the reason. */
    String check(String internalName) {
        if (internalName.startsWith("[") || internalName.indexOf('/') < 0) {
            return null;
        }
        String pkg = internalName.substring(0, internalName.lastIndexOf('/') + 1);
        if (ownPackages.contains(pkg) || PLATFORM.stream().anyMatch(pkg::startsWith)) {
            return null;
        }
        return "references package " + pkg.substring(0, pkg.length() - 1).replace('/', '.') + ", which is neither "
                + "plugin-api, the JDK's safe set, nor in the plugin jar or a library it bundles under lib/";
    }
}
