package io.lexroute.outbox;

import static io.lexroute.contracts.CloudEventHeaders.TRACEPARENT;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * OpenTelemetry spans for the Kafka hops of an order. The outbox stores the W3C traceparent of the span that wrote
 * the event (the POST's server span, or the consumer span of the event being handled); the relay publishes each
 * record in a producer span that is a child of it and puts that span's context in the record's {@code traceparent}
 * header; the inbox handles each record in a consumer span that is a child of the header's. One order's trace thus
 * runs from the POST through every service to the decision.
 */
@ApplicationScoped
public class OrderTracing {

    private static final String INSTRUMENTATION = "io.lexroute.outbox";
    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    public OrderTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** The traceparent of the current span, or of a new root when nothing is being traced on this thread. */
    public String currentTraceparent() {
        return TraceParent.of(Span.current().getSpanContext()).orElseGet(TraceParent::newRoot);
    }

    /** Runs {@code work} in a consumer span of {@code topic}, child of the record's {@code traceparent}. */
    public void consume(String topic, String traceparent, Runnable work) {
        Span span = tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parentOf(traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation", "process")
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Starts the producer span of one outgoing record, child of the traceparent stored with it. The caller puts
     * {@link #traceparentOf} in the record and ends the span once the broker acknowledged it.
     */
    public Span startPublish(String topic, String storedTraceparent) {
        return tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(parentOf(storedTraceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation", "publish")
                .startSpan();
    }

    /** The span's traceparent, or {@code fallback} when tracing is off (a no-op span has no valid context). */
    public static String traceparentOf(Span span, String fallback) {
        return TraceParent.of(span.getSpanContext()).orElse(fallback);
    }

    private static Context parentOf(String traceparent) {
        if (!TraceParent.isValid(traceparent)) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
    }
}
