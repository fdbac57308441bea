package io.lexroute.localstack.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void jdksWithoutTheSwitchGetNoNativeHeapTrimming() {
        for (String version : List.of("17.0.8+7", "18.0.2+9", "20.0.2+9", "21+35")) {
            List<String> options = RunningServices.jvmOptions(Runtime.Version.parse(version));

            assertThat(options).as(version).noneMatch(option -> option.contains("TrimNativeHeapInterval"))
                    .doesNotContain("-XX:+UnlockExperimentalVMOptions");
        }
    }

    @Test
    void jdksWithTheSwitchTrimTheNativeHeapUnlockedFirst() {
        for (String version : List.of("17.0.9+9", "17.0.15+6", "21.0.1+12", "25.0.1+8")) {
            List<String> options = RunningServices.jvmOptions(Runtime.Version.parse(version));

            assertThat(options).as(version)
                    .containsSubsequence("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
        }
    }

    @Test
    void theServicesLeaveC2ToHotMethodsAndKeepTheirHeapBounds() {
        List<String> options = RunningServices.jvmOptions(Runtime.version());

        assertThat(options).contains("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000",
                "-Xmx192m", "-XX:+UseSerialGC").noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    /** The options as this JDK (the one that launches the services) reads them: an unknown one stops the JVM. */
    @Test
    void thisJdkAcceptsTheOptions() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(RunningServices.JVM_OPTIONS);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("java -version ended").isTrue();

        assertThat(java.exitValue()).as(output).isZero();
    }
}
