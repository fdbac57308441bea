package io.lexroute.contracts;

import static io.lexroute.contracts.EventSchemas.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives JSON unchanged, read back as the class its topic names. */
class EventRoundTripTest {

    static Stream<Named<OrderEvent>> samples() {
        return EventSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsUnchanged(OrderEvent event) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(event);

        OrderEvent read = MAPPER.readValue(json, OrderTopic.of(event).eventClass());

        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writeValueAsBytes(read)).isEqualTo(json);
    }

    @Test
    void aHoldSuspendsTheReleaseUnlessItSaysOtherwise() throws Exception {
        Instant endsAt = Instant.parse("2026-11-06T09:15:03.918Z");
        String ground = MAPPER.writeValueAsString(EventSamples.NOTIFICATION);

        Assessment.Hold older = MAPPER.readValue("{\"ground\":" + ground + ",\"windowHours\":240}",
                Assessment.Hold.class);
        Assessment.Hold emergency = new Assessment.Hold(EventSamples.NOTIFICATION, 96, endsAt, false);

        assertThat(older.suspendsRelease()).as("from a resolver that predates the member").isTrue();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(emergency), Assessment.Hold.class)).isEqualTo(emergency);
        assertThat(emergency.suspendsRelease()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void leftOutMembersReadBackAsNull(OrderEvent event) throws Exception {
        ObjectMapper nonNull = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);

        OrderEvent read = MAPPER.readValue(nonNull.writeValueAsBytes(event), OrderTopic.of(event).eventClass());

        assertThat(read).isEqualTo(event);
    }
}
