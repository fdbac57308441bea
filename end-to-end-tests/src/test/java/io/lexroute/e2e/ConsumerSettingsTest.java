package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.services.RunningServices;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Kafka consumer of the shipped services is set to wait for a database that is away: EventInbox retries a poll
 * inside the handler until the database answers, and with SmallRye's default age limit on unacknowledged records
 * (60 s) the connector would close the consumer meanwhile, so that no further event was applied until a restart.
 * (A test that keeps the database away for longer than a minute would prove the same more slowly.)
 */
class ConsumerSettingsTest {

    private static final Pattern INCOMING_KAFKA = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    @Test
    void noKafkaConsumerIsClosedForWaitingOnTheDatabase() throws IOException {
        List<String> problems = new ArrayList<>();
        int channels = 0;
        try (Stream<Path> modules = Files.list(RunningServices.projectDir())) {
            for (Path properties : modules.map(module -> module.resolve("src/main/resources/application.properties"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                Properties config = new Properties();
                try (Reader reader = Files.newBufferedReader(properties)) {
                    config.load(reader);
                }
                for (String key : config.stringPropertyNames()) {
                    Matcher incoming = INCOMING_KAFKA.matcher(key);
                    if (!incoming.matches() || !"smallrye-kafka".equals(config.getProperty(key))) {
                        continue;
                    }
                    channels++;
                    String ageLimit = "mp.messaging.incoming." + incoming.group(1)
                            + ".throttled.unprocessed-record-max-age.ms";
                    if (!"0".equals(config.getProperty(ageLimit))) {
                        problems.add(properties.getParent().getParent().getParent().getParent().getFileName() + ": "
                                + ageLimit + " is " + config.getProperty(ageLimit) + ", not 0");
                    }
                }
            }
        }
        assertThat(channels).as("Kafka consumers found").isGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
    }
}
