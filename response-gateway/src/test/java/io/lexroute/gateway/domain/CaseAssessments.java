package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Assessment.Disposition.PERMITTED;
import static io.lexroute.contracts.Assessment.Disposition.REFUSED;
import static io.lexroute.contracts.Assessment.TerritorialDoctrine.SERVICE_TARGETING;
import static io.lexroute.contracts.Assessment.TerritorialDoctrine.STORAGE_LOCATION;
import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the jurisdiction-resolver assesses for each example case (shared/cases), as test input for the gateway:
 * the gateway only applies an assessment, so these stand in for the resolver here.
 */
final class CaseAssessments {

    private static final Ground SKYPE_BOUND = new Ground("BE_OPERATOR_BOUND",
            "Antwerp Court of Appeal, 15 Nov 2017 (Skype); Court of Cassation, 19 Feb 2019, P.17.1229.N",
            "Skype offers its service in Belgium and must cooperate with Belgian judicial orders; the data is "
                    + "treated as located in Belgium.");
    private static final Ground BE_88BIS = new Ground("BE_CCP_88BIS", "Belgian Code of Criminal Procedure, art. 88bis",
            "An investigating judge may order traffic data.");
    private static final Ground EEVID_SUBSCRIBER = new Ground("EEVID_SUBSCRIBER",
            "Regulation (EU) 2023/1543, Art. 4(1) and Art. 5(3)",
            "A public prosecutor may order subscriber data for any criminal offence.");
    private static final Ground EEVID_NOTIFY = new Ground("EEVID_NOTIFICATION",
            "Regulation (EU) 2023/1543, Art. 8(1) and Art. 10",
            "The enforcing State is notified and may raise grounds for refusal within 10 days.");
    private static final Ground EEVID_CONTENT = new Ground("EEVID_CONTENT",
            "Regulation (EU) 2023/1543, Art. 4(2) and Art. 5(4)",
            "An investigating judge may order content data for an offence punishable by at least 3 years.");
    private static final Ground EEVID_NOT_COMPETENT = new Ground("EEVID_ISSUER_NOT_COMPETENT",
            "Regulation (EU) 2023/1543, Art. 4(2)",
            "Only a judge, a court or an investigating judge may issue or validate an order for content data.");
    private static final Ground SCA = new Ground("SCA_2703", "18 U.S.C. 2703",
            "A warrant reaches subscriber records, non-content records and content stored in the United States.");
    private static final Ground MSFT_2D = new Ground("EXTRATERRITORIAL_SCA_WARRANT",
            "Microsoft Corp. v. United States, 829 F.3d 197 (2d Cir. 2016); US-Ireland Treaty on Mutual Legal "
                    + "Assistance, TIAS 13137",
            "An SCA warrant does not reach content stored outside the United States; ask Ireland through mutual "
                    + "legal assistance.");

    private static final Map<String, List<CategoryAssessment>> VERDICTS = Map.of(
            "be-skype-2017", List.of(
                    lawful(SUBSCRIBER, SERVICE_TARGETING, List.of(SKYPE_BOUND)),
                    lawful(TRAFFIC, SERVICE_TARGETING, List.of(SKYPE_BOUND, BE_88BIS))),
            "data-not-held", List.of(
                    lawful(SUBSCRIBER, SERVICE_TARGETING, List.of(EEVID_SUBSCRIBER))),
            "eevid-content-notify-2026", List.of(
                    new CategoryAssessment(CONTENT, PERMITTED, List.of(EEVID_CONTENT), SERVICE_TARGETING, List.of(),
                            List.of(), List.of(), new Assessment.Hold(EEVID_NOTIFY, 240))),
            "eevid-content-prosecutor-2026", List.of(
                    new CategoryAssessment(CONTENT, REFUSED, List.of(EEVID_NOT_COMPETENT), SERVICE_TARGETING,
                            List.of(), List.of(), List.of(), null)),
            "eevid-subscriber-2026", List.of(
                    lawful(SUBSCRIBER, SERVICE_TARGETING, List.of(EEVID_SUBSCRIBER))),
            "us-msft-ie-2016", List.of(
                    reachableInUs(SUBSCRIBER),
                    reachableInUs(TRAFFIC),
                    new CategoryAssessment(CONTENT, PERMITTED, List.of(SCA), STORAGE_LOCATION, List.of("US"),
                            List.of(new Assessment.Redirect("*", MSFT_2D)), List.of(), null)));

    private CaseAssessments() {
    }

    static Assessment of(String caseId, LocalDate lawDate) {
        return new Assessment("cases-1", lawDate, "PROVIDER", List.of(), VERDICTS.get(caseId), List.of(), null,
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static CategoryAssessment lawful(DataCategory category, Assessment.TerritorialDoctrine doctrine,
            List<Ground> grounds) {
        return new CategoryAssessment(category, PERMITTED, grounds, doctrine, List.of(), List.of(), List.of(), null);
    }

    private static CategoryAssessment reachableInUs(DataCategory category) {
        return new CategoryAssessment(category, PERMITTED, List.of(SCA), STORAGE_LOCATION, List.of("US"), List.of(),
                List.of(), null);
    }
}
