package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.services.ServiceProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The service JVMs as the local run and the benchmark start them. */
class ServiceStartEndToEndTest {

    /**
     * The build writes an AppCDS archive next to each runnable jar; a JVM started differently from how the build
     * recorded it (another class path, say) ignores the archive with a warning and starts slower.
     */
    @ParameterizedTest
    @EnumSource(LexRouteService.class)
    void serviceLoadsItsClassesFromTheArchiveTheBuildWrote(LexRouteService service) throws Exception {
        ServiceProcess process = LexRouteUnderTest.get().services.get(service);

        assertThat(service.runnableJar(RunningServices.projectDir()).resolveSibling("app-cds.jsa")).isRegularFile();
        assertThat(process.output())
                .contains("started in")
                .doesNotContain("Unable to use shared archive");
    }
}
