package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ConsumerGroupsTest {

    private static final Map<String, Object> KAFKA = Map.of("bootstrap.servers", "127.0.0.1:9092",
            "group.id", "the-service");

    @Test
    void aTopicIsReadInTheGroupOfTheChannelThatNamesIt() {
        ConsumerGroups groups = ConsumerGroups.of(config(Map.of(
                "mp.messaging.incoming.order-progress.connector", "smallrye-kafka",
                "mp.messaging.incoming.order-progress.topics", "order.assessed, order.located",
                "mp.messaging.incoming.order-progress.group.id", "progress",
                "mp.messaging.incoming.order-received.connector", "smallrye-kafka",
                "mp.messaging.incoming.order-received.topic", "order.received",
                "mp.messaging.incoming.order-received.group.id", "received",
                "mp.messaging.incoming.by-pattern.connector", "smallrye-kafka",
                "mp.messaging.incoming.by-pattern.topic", "order\\.dec.*",
                "mp.messaging.incoming.by-pattern.pattern", "true",
                "mp.messaging.incoming.by-pattern.group.id", "patterned")), KAFKA);

        assertThat(groups.of("order.located")).contains("progress");
        assertThat(groups.of("order.received")).contains("received");
        assertThat(groups.of("order.decided")).contains("patterned");
    }

    @Test
    void aChannelWithoutAGroupOrTopicOfItsOwnAndATopicNoChannelReadsTakeTheDefaults() {
        ConsumerGroups groups = ConsumerGroups.of(config(Map.of(
                "mp.messaging.incoming.\"order.closed\".connector", "smallrye-kafka",
                "mp.messaging.incoming.\"order.closed\".group.id", "closings",
                "mp.messaging.incoming.order-located.connector", "smallrye-kafka",
                "mp.messaging.incoming.order-located.topic", "order.located")), KAFKA);

        assertThat(groups.of("order.located")).contains("the-service");
        assertThat(groups.of("order.closed")).as("a channel named after its topic").contains("closings");
        assertThat(groups.of("order.unheard-of")).contains("the-service");
        assertThat(ConsumerGroups.of(config(Map.of()), Map.of()).of("order.located")).isEmpty();
    }

    @Test
    void channelsOfAnotherConnectorAreNotKafkasAndSeveralGroupsOnOneTopicAreAllNamed() {
        ConsumerGroups groups = ConsumerGroups.of(config(Map.of(
                "mp.messaging.incoming.first.connector", "smallrye-kafka",
                "mp.messaging.incoming.first.topic", "order.closed",
                "mp.messaging.incoming.first.group.id", "b-group",
                "mp.messaging.incoming.second.connector", "smallrye-kafka",
                "mp.messaging.incoming.second.topic", "order.closed",
                "mp.messaging.incoming.second.group.id", "a-group",
                "mp.messaging.incoming.elsewhere.connector", "smallrye-amqp",
                "mp.messaging.incoming.elsewhere.topic", "order.closed",
                "mp.messaging.incoming.elsewhere.group.id", "not-kafka")), KAFKA);

        assertThat(groups.of("order.closed")).contains("a-group,b-group");
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
