package io.lexroute.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "lexroute.gateway")
public interface GatewayConfig {

    /**
     * The largest data package a provider may upload; a larger one is refused with 413. Keep
     * {@code quarkus.http.limits.max-body-size} above it, or the HTTP layer refuses first, without a problem body.
     */
    @WithDefault("50M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxPackageSize();

    /**
     * The largest JSON body (a review decision, an objection, a report) the API reads; a larger one is refused with 413
     * before it is read, rather than buffered up to the HTTP layer's limit, which is set for packages.
     */
    @WithDefault("1M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxJsonBodySize();

    /**
     * The address at which issuing authorities reach this service, without a trailing slash: the download links of
     * {@code order.package-received} events and the refusal document links of {@code order.decided} events, which
     * request-intake gives in its answer, start with it.
     */
    String publicUrl();

    /** Directory of the package files (one per package); several instances must share it. */
    @WithDefault("./data/packages")
    String packageDir();

    /** How often the scheduler looks for holds whose window has ended (read by {@code HoldTimerScheduler}). */
    @WithDefault("5s")
    Duration holdCheckInterval();

    /**
     * How long after a notification window's end ({@code hold_timer.due_at}) the scheduler waits before it releases
     * the hold: an operational margin, not a legal rule. An objection received before the end that is handled only
     * after it (an authority's request that waited for the order's lock, a reviewer recording one that came through
     * official channels) still finds the outcome held and its package undelivered, and refuses both. Timeliness is
     * still judged against the window's end: an objection received during the margin is late.
     */
    @WithDefault("2m")
    Duration holdReleaseGrace();

    /** How many orders with due holds a tick reads at once; it reads page after page until it has tried them all. */
    @WithDefault("100")
    int holdBatchSize();

    /**
     * How often the scheduler looks for preservations whose period has passed (read by
     * {@code PreservationPeriodScheduler}).
     */
    @WithDefault("1m")
    Duration preservationCheckInterval();

    /**
     * How many orders with elapsed preservations a tick reads at once; it reads page after page until it has tried
     * them all.
     */
    @WithDefault("100")
    int preservationBatchSize();

    /**
     * How often the scheduler looks for release tasks whose answer deadline passed before their package arrived, to
     * tell the issuing authority (read by {@code PassedDeadlineScheduler}).
     */
    @WithDefault("1m")
    Duration deadlineCheckInterval();

    /**
     * How many orders with passed deadlines to tell a tick reads at once; it reads page after page until it has tried
     * them all.
     */
    @WithDefault("100")
    int deadlineBatchSize();

    /**
     * How often the scheduler looks for discarded packages whose bytes are not known to be deleted, and deletes them
     * (read by {@code DiscardedBytesScheduler}).
     */
    @WithDefault("10m")
    Duration discardedBytesCheckInterval();

    /** How many discarded packages a tick reads at once; it reads page after page until it has tried them all. */
    @WithDefault("100")
    int discardedBytesBatchSize();

    /**
     * How often the scheduler removes stray files from the package store: package files that no package row names
     * (an upload whose recording failed where the clean-up could not run) and unfinished uploads (read by
     * {@code StrayFileScheduler}).
     */
    @WithDefault("1h")
    Duration strayFileCheckInterval();

    /**
     * How long a stray file must have gone unwritten before it is removed: far longer than any upload takes, so that
     * neither an upload still streaming nor one whose row is about to be committed loses its bytes.
     */
    @WithDefault("6h")
    Duration strayFileAge();

    /** Most legal reviews one page of the review queue lists. */
    @WithDefault("200")
    int reviewPageSize();

    /**
     * Most tasks one page of a provider's release or preservation task list holds, and the page a provider gets when
     * it asks for no size.
     */
    @WithDefault("200")
    int providerTaskPageSize();
}
