package io.lexroute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.LexRouteTopics;
import io.lexroute.localstack.LocalStackProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class LocalStackProcessTest {

    @Test
    void startsRealKafkaAndPostgresInAChildJvmAndStopsThem() throws Exception {
        String bootstrapServers;
        String jdbcUrl;
        try (LocalStackProcess stack = LocalStackProcess.start()) {
            bootstrapServers = stack.bootstrapServers();
            jdbcUrl = stack.jdbcUrl().orElseThrow();
            assertThat(stack.isAlive()).isTrue();

            assertThat(topicNames(bootstrapServers)).containsAll(LexRouteTopics.all());
            assertThat(selectOne(jdbcUrl)).isEqualTo(1);
        }

        assertThat(accepts(bootstrapServers)).as("Kafka still listening on " + bootstrapServers).isFalse();
        assertThat(accepts(jdbcUrl.replaceAll("^jdbc:postgresql://([^/]+)/.*$", "$1")))
                .as("PostgreSQL still listening for " + jdbcUrl).isFalse();
    }

    @Test
    void withoutPostgresOnlyKafkaRuns() throws Exception {
        try (LocalStackProcess stack = LocalStackProcess.start(false)) {
            assertThat(stack.jdbcUrl()).isEmpty();
            assertThat(topicNames(stack.bootstrapServers())).contains("order.received", "order.received.dlq");
        }
    }

    private static Set<String> topicNames(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics().names().get();
        }
    }

    private static int selectOne(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static boolean accepts(String hostAndPort) {
        String[] parts = hostAndPort.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
