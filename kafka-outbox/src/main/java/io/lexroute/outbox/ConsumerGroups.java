package io.lexroute.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The Kafka consumer group in which this service reads a topic, from its incoming channels' configuration
 * ({@code mp.messaging.incoming.<channel>.topic}, {@code .topics} or {@code .pattern}, and {@code .group.id}). A
 * consumed record does not say which group read it, and a service's consumer hands {@link EventInbox} the records
 * alone, so {@link DeadLetters} finds the group by the record's topic.
 *
 * <p>A channel without a {@code group.id} of its own uses the service's default ({@code kafka.group.id}, which Quarkus
 * sets to {@code quarkus.application.name}); so does a topic no configured channel names. Should several channels of
 * the service read the topic in different groups, all are named, comma-separated, as the record cannot tell which.
 */
final class ConsumerGroups {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String KAFKA_CONNECTOR = "smallrye-kafka";

    private record Channel(Predicate<String> reads, Optional<String> group) {
    }

    private final List<Channel> channels;
    private final Optional<String> defaultGroup;

    private ConsumerGroups(List<Channel> channels, Optional<String> defaultGroup) {
        this.channels = channels;
        this.defaultGroup = defaultGroup;
    }

    /**
     * The service's Kafka channels, from {@code config}; {@code kafkaConfig} is the default broker's configuration
     * ({@code kafka.*}), whose {@code group.id} a channel without its own uses.
     */
    static ConsumerGroups of(Config config, Map<String, Object> kafkaConfig) {
        Object defaultGroup = kafkaConfig.get(ConsumerConfig.GROUP_ID_CONFIG);
        List<Channel> channels = new ArrayList<>();
        for (String key : channelKeys(config)) {
            String prefix = INCOMING + key + ".";
            String name = key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
            Optional<String> connector = config.getOptionalValue(prefix + "connector", String.class);
            if (connector.isPresent() && !KAFKA_CONNECTOR.equals(connector.get())) {
                continue;
            }
            channels.add(new Channel(topicsOf(config, prefix, name),
                    config.getOptionalValue(prefix + ConsumerConfig.GROUP_ID_CONFIG, String.class)));
        }
        return new ConsumerGroups(List.copyOf(channels),
                Optional.ofNullable(defaultGroup).map(Object::toString).filter(group -> !group.isBlank()));
    }

    /** The group (or groups, comma-separated) of this service that reads {@code topic}, if any is known. */
    Optional<String> of(String topic) {
        TreeSet<String> groups = new TreeSet<>();
        for (Channel channel : channels) {
            if (channel.reads().test(topic)) {
                channel.group().or(() -> defaultGroup).ifPresent(groups::add);
            }
        }
        if (groups.isEmpty()) {
            return defaultGroup;
        }
        return Optional.of(String.join(",", groups));
    }

    /** The channels' names as their properties spell them: quoted when the name has a dot. */
    private static TreeSet<String> channelKeys(Config config) {
        TreeSet<String> keys = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(INCOMING)) {
                String rest = property.substring(INCOMING.length());
                int end = rest.startsWith("\"") ? rest.indexOf('"', 1) + 1 : rest.indexOf('.');
                if (end > 0 && end < rest.length() && rest.charAt(end) == '.') {
                    keys.add(rest.substring(0, end));
                }
            }
        }
        return keys;
    }

    /** Which topics the channel reads: its {@code topic} (a regex when {@code pattern} is true), or its name. */
    private static Predicate<String> topicsOf(Config config, String prefix, String channel) {
        Optional<String> topics = config.getOptionalValue(prefix + "topics", String.class);
        String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
        if (config.getOptionalValue(prefix + "pattern", Boolean.class).orElse(false)) {
            Pattern pattern = Pattern.compile(topic);
            return candidate -> pattern.matcher(candidate).matches();
        }
        if (topics.isPresent()) {
            List<String> named = Stream.of(topics.get().split(",")).map(String::strip).collect(Collectors.toList());
            return named::contains;
        }
        return topic::equals;
    }
}
