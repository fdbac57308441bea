package io.lexroute.locator.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** What the API answers for a constraint of the database that a write broke. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aUniqueKeyTakenAtTheSameTimeIsAConflict() {
        Response answer = mappers.concurrentWrite(violation("23505", "account_identifier_provider_type_value_key"));

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo("urn:lexroute:problem:conflict");
        assertThat(problem.detail()).startsWith("Another request");
    }

    @Test
    void aCheckOrForeignKeyViolationIsNoConcurrentRequestButAnInternalError() {
        // check_violation, foreign_key_violation, not_null_violation: the API let through what it should have refused.
        for (String sqlState : new String[] {"23514", "23503", "23502"}) {
            Response answer = mappers.concurrentWrite(violation(sqlState, "eu_addressee_name_check"));

            assertThat(answer.getStatus()).as(sqlState).isEqualTo(500);
            assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
            Problem problem = (Problem) answer.getEntity();
            assertThat(problem.type()).isEqualTo("urn:lexroute:problem:internal-error");
            assertThat(problem.detail()).doesNotContain("Another request").doesNotContain("eu_addressee");
        }
    }

    private static ConstraintViolationException violation(String sqlState, String constraint) {
        return new ConstraintViolationException("could not execute statement",
                new SQLException("ERROR: violates constraint \"" + constraint + "\"", sqlState), constraint);
    }
}
