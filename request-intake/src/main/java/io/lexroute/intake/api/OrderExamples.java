package io.lexroute.intake.api;

/** The example order of order-api.md, shown in the OpenAPI document and Swagger UI. */
final class OrderExamples {

    static final String BELGIAN_NATIONAL_ORDER = """
            {
              "externalReference": "BE-EXAMPLE-0001",
              "issuedAt": "2017-12-01",
              "issuingAuthority": {
                "country": "BE",
                "type": "INVESTIGATING_JUDGE",
                "name": "Investigating judge, Court of First Instance, Antwerp",
                "validatedBy": null
              },
              "instrument": "NATIONAL_ORDER",
              "legalBasis": ["BE-CCP-88bis"],
              "provider": "skype",
              "targets": [{ "type": "ACCOUNT_ID", "value": "live:suspect.example" }],
              "dataCategories": ["SUBSCRIBER", "TRAFFIC", "CONTENT"],
              "timeRange": { "from": "2017-06-01T00:00:00Z", "to": "2017-11-30T00:00:00Z" },
              "offence": { "description": "criminal organisation, fraud", "maxCustodialSentenceMonths": 120, "categories": [] },
              "subject": { "residenceCountry": "BE" },
              "emergency": false
            }
            """;

    private OrderExamples() {
    }
}
