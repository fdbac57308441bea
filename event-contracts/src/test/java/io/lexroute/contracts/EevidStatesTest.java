package io.lexroute.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services' list of the Regulation's Member States is the rulebook's, which carries the citation. */
class EevidStatesTest {

    private static final Path RULEBOOK = Path.of("../jurisdiction-resolver/src/main/resources/rulebook/rulebook.json");

    @Test
    void theMemberStatesTakingPartAreThoseOfTheResolversRulebook() throws Exception {
        JsonNode rulebook = new ObjectMapper().readTree(Files.readString(RULEBOOK));
        List<String> listed = new ArrayList<>();
        rulebook.at("/countryGroups/EEVID_STATES").forEach(country -> listed.add(country.asText()));

        assertThat(listed).hasSize(26).doesNotContain("DK");
        assertThat(EevidStates.TAKING_PART).containsExactlyInAnyOrderElementsOf(listed);
    }
}
