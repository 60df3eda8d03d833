package io.dto.gateway.config;

/**
 * Where orders, executions and positions are kept ({@code persistence:} in gateway.yaml).
 *
 * @param jdbcUrl the database; by default an embedded H2 file with {@code WRITE_DELAY=0}, so a commit is in the
 *     file before it returns (durable when the process is killed); a {@code jdbc:postgresql:} URL in production
 */
public record PersistenceConfig(String jdbcUrl, String user, String password) {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/gateway;WRITE_DELAY=0;FILE_LOCK=FS";

    static PersistenceConfig from(ConfigValues persistence) {
        String url = persistence.string("jdbc_url", DEFAULT_URL);
        if (!url.startsWith("jdbc:")) {
            persistence.problem(persistence.key("jdbc_url") + " must be a JDBC URL (jdbc:h2:... or jdbc:postgresql:...), "
                    + "got '" + url + "'");
        } else if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=0")) {
            persistence.problem(persistence.key("jdbc_url") + " uses an H2 file without ;WRITE_DELAY=0: H2 would keep "
                    + "commits in memory for up to 500 ms and a killed gateway would lose acknowledged orders");
        }
        return new PersistenceConfig(url, persistence.string("user", "sa"), persistence.string("password", ""));
    }
}
