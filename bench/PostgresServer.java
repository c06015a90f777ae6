import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the scripts in bench/, from the same Maven artifact the tests use: starts
 * on PORT over DATA_DIR (created when empty, with database and user {@code suaka}), prints "ready", and
 * runs until it is stopped (SIGTERM stops PostgreSQL cleanly with it).
 *
 * <pre>java -cp "$(cat classpath)" bench/PostgresServer.java PORT DATA_DIR</pre>
 */
public class PostgresServer {

    public static void main(String[] args) throws Exception {
        boolean fresh = !Path.of(args[1], "PG_VERSION").toFile().exists();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0]))
                .setDataDirectory(Path.of(args[1])).setCleanDataDirectory(false).start()) {
            if (fresh) {
                try (Connection connection = server.getPostgresDatabase().getConnection();
                        Statement sql = connection.createStatement()) {
                    sql.execute("CREATE USER suaka PASSWORD 'suaka-bench'");
                    sql.execute("CREATE DATABASE suaka OWNER suaka ENCODING 'UTF8'");
                }
            }
            System.out.println("ready");
            Thread.currentThread().join();
        }
    }
}
