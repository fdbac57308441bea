package io.lexroute.resolver.api;

import io.lexroute.resolver.As;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class RulebookResourceTest {

    @Inject
    AssessmentService assessments;

    @Test
    void showsVersionRulesAndSources() {
        As.legalReviewer()
                .when().get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("version", equalTo(assessments.rulebook().version()))
                .body("sources", not(empty()))
                .body("rules.id", hasItems("EU-EEVID", "US-MSFT-2D", "BE-ANTWERP-SKYPE-BINDING"))
                .body("rules.find { it.id == 'US-MSFT-2D' }.validTo", equalTo("2018-03-22"))
                .body("rules.find { it.id == 'US-MSFT-2D' }.citation", equalTo(
                        "Microsoft Corp. v. United States, 829 F.3d 197 (2d Cir. 2016), No. 14-2985"))
                .body("rules.find { it.id == 'EU-EEVID' }.issuingCountries", not(hasItem("DK")))
                .body("rules.find { it.id == 'EU-EEVID-THRESHOLD-TERRORISM' }.uncertain", not(equalTo(null)));
    }

    @Test
    void showsTheRulesAddedForTheUkAgreementAndNationalOrders() {
        As.legalReviewer()
                .when().get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("rules.find { it.id == 'US-UK-DAA' }.validFrom", equalTo("2022-10-03"))
                .body("rules.find { it.id == 'US-UK-DAA-TARGETING' }.forbiddenSubjectResidence", hasItem("US"))
                .body("rules.find { it.id == 'NATIONAL-ORDER-TERRITORY' }.issuingStateReachable", equalTo(true))
                .body("rules.find { it.id == 'NATIONAL-IE-US-MLAT' }.issuingCountries", equalTo(List.of("IE")))
                .body("rules.find { it.id == 'NATIONAL-MLA-IRELAND' }.uncertain", containsString("*check*"))
                .body("rules.find { it.id == 'US-SCA-EMERGENCY-CONDITION' }.kind", equalTo("EMERGENCY_REQUIREMENT"));
    }

    @Test
    void showsThePreservationRulesAndTheReverseUkLimit() {
        As.legalReviewer()
                .when().get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("rules.find { it.id == 'EU-EEVID-PR' }.preservationOnly", equalTo(true))
                .body("rules.find { it.id == 'EU-EEVID' }.preservationOnly", equalTo(false))
                .body("rules.find { it.id == 'EU-EEVID-PR-PERIOD' }.periodDays", equalTo(60))
                .body("rules.find { it.id == 'EU-EEVID-PR-PERIOD' }.extensionDays", equalTo(30))
                .body("rules.find { it.id == 'US-UK-DAA-TARGETING-US-ORDERS' }.forbiddenSubjectResidence", hasItem("GB"))
                .body("rules.find { it.id == 'US-UK-DAA-TARGETING-US-ORDERS' }.reviewWhenForbidden", equalTo(true));
    }

    @Test
    void showsTheProvidersADoctrineIsLimitedTo() {
        As.legalReviewer()
                .when().get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("rules.find { it.id == 'BE-ANTWERP-SKYPE-TERRITORY' }.providers", equalTo(List.of("skype")))
                .body("rules.find { it.id == 'BE-CASS-YAHOO-TERRITORY' }", hasKey("providers"))
                .body("rules.find { it.id == 'BE-CASS-YAHOO-TERRITORY' }.providers", equalTo(null));
    }
}
