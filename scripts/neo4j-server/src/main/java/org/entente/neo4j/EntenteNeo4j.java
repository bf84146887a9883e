package org.entente.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Local Neo4j for Entente: the Neo4j Community engine (embedded API) with only the Bolt
 * connector open, on 127.0.0.1. Started and stopped by scripts/neo4j; usable on its own:
 *
 *   ENTENTE_NEO4J_HOME=dir NEO4J_BOLT_PORT=7687 NEO4J_PASSWORD=... java -cp ... org.entente.neo4j.EntenteNeo4j
 *
 * Environment (all optional except the home dir, which scripts/neo4j always sets):
 *   ENTENTE_NEO4J_HOME   Neo4j home: data/ and logs/ (debug.log) are created under it
 *                        (the system property entente.neo4j.home wins over it)
 *   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1 (default 7687)
 *   NEO4J_PASSWORD       password of user neo4j (default entente-local); applied at start
 *                        unless the same one was applied before (marker file neo4j.password-applied)
 *   NEO4J_PAGECACHE      page cache size, e.g. 512m (default 512m)
 *   NEO4J_TX_TIMEOUT     db.transaction.timeout as a Neo4j duration, e.g. 60s (default: none)
 *   NEO4J_TX_MEMORY      db.memory.transaction.max: memory one transaction may use (default 256m)
 *   NEO4J_TX_MEMORY_TOTAL dbms.memory.transaction.total.max: all transactions together (default 600m)
 *
 * When the server accepts logins with that password, the file ENTENTE_NEO4J_HOME/neo4j.ready
 * is written (it holds the pid); it is removed again on shutdown.
 */
public final class EntenteNeo4j {
    private static final String USER = "neo4j";

    private EntenteNeo4j() {}

    public static void main(String[] args) throws Exception {
        String homeArg = System.getProperty("entente.neo4j.home", env("ENTENTE_NEO4J_HOME", ".data/neo4j"));
        Path home = Path.of(homeArg).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "entente-local");
        long pagecache = ByteUnit.parse(env("NEO4J_PAGECACHE", "512m"));
        String txTimeout = System.getenv("NEO4J_TX_TIMEOUT");
        long txMemory = ByteUnit.parse(env("NEO4J_TX_MEMORY", "256m"));
        long txMemoryTotal = ByteUnit.parse(env("NEO4J_TX_MEMORY_TOTAL", "600m"));
        Path ready = home.resolve("neo4j.ready");

        Files.createDirectories(home);
        Files.deleteIfExists(ready);
        Instant started = Instant.now();
        log("starting Neo4j (pid " + ProcessHandle.current().pid() + ", Java "
                + Runtime.version() + ") home=" + home + " bolt=127.0.0.1:" + port);

        Map<Setting<?>, Object> cfg = new HashMap<>();
        // Bolt only, loopback only. The embedded engine has no HTTP server; keep it off anyway.
        cfg.put(BoltConnector.enabled, true);
        cfg.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        cfg.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        cfg.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        cfg.put(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"));
        cfg.put(HttpConnector.enabled, false);
        cfg.put(HttpsConnector.enabled, false);
        // Auth on; the password is (re)applied below through the system database.
        cfg.put(GraphDatabaseSettings.auth_enabled, true);
        // Queries may not read local files: no LOAD CSV FROM 'file:///...'.
        cfg.put(GraphDatabaseSettings.allow_file_urls, false);
        // Laptop-sized page cache (heap is set by scripts/neo4j via -Xmx).
        cfg.put(GraphDatabaseSettings.pagecache_memory, pagecache);
        // No usage pings to the outside.
        cfg.put(GraphDatabaseSettings.udc_enabled, false);
        // Bolt's Netty groups wait out a 5 s quiet period each on shutdown; 1 s makes stop fast.
        cfg.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);
        // A query that would fill the heap fails alone (MemoryPoolOutOfMemoryError) instead of
        // the JVM exiting on OutOfMemoryError; the defaults fit the default 1g heap.
        cfg.put(GraphDatabaseSettings.memory_transaction_max_size, txMemory);
        cfg.put(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotal);
        if (txTimeout != null && !txTimeout.isBlank()) {
            cfg.put(GraphDatabaseSettings.transaction_timeout, parseDuration(txTimeout.trim()));
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(cfg)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // best effort
            }
            dbms.shutdown();
            log("stopped");
        }, "entente-neo4j-shutdown"));

        // ALTER USER costs seconds on a cold JVM; skip it when this password was applied before.
        Path marker = home.resolve("neo4j.password-applied");
        if (!passwordMatches(marker, password)) {
            applyPassword(dbms, password);
            writePasswordMarker(marker, password);
        } else {
            log("password of user '" + USER + "' already set");
        }

        Path tmp = home.resolve("neo4j.ready.tmp");
        Files.writeString(tmp, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log("ready on bolt://127.0.0.1:" + port + " in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");

        Thread.currentThread().join(); // keep running until SIGTERM / SIGINT runs the hook
    }

    /** Sets the neo4j user's password (no change required at first login). */
    private static void applyPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user '" + USER + "' set");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                log("password of user '" + USER + "' unchanged");
                return;
            }
            throw e;
        }
    }

    /** The marker holds "salt:sha256(salt + password)" of the password last applied. */
    private static boolean passwordMatches(Path marker, String password) {
        try {
            String[] parts = Files.readString(marker, StandardCharsets.UTF_8).trim().split(":", 2);
            return parts.length == 2 && MessageDigest.isEqual(
                    parts[1].getBytes(StandardCharsets.UTF_8),
                    sha256Hex(parts[0] + password).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static void writePasswordMarker(Path marker, String password) throws IOException {
        byte[] saltBytes = new byte[16];
        new SecureRandom().nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Files.writeString(marker, salt + ":" + sha256Hex(salt + password) + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts plain seconds ("60") or a number with ms/s/m/h ("1500ms", "60s", "2m"). */
    private static Duration parseDuration(String s) {
        String v = s.toLowerCase();
        if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("h")) return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(v));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void log(String msg) {
        System.out.println(Instant.now() + " [entente-neo4j] " + msg);
        System.out.flush();
    }
}
