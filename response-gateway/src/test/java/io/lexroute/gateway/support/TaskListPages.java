package io.lexroute.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.contracts.OrderLocated;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provider's release or preservation task list ({@link ProviderTasks#TASKS}, {@link ProviderTasks#PRESERVATION_TASKS})
 * read as its integration polls it: a page at a time, following each page's next link.
 */
public final class TaskListPages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private TaskListPages() {
    }

    /** Sends the order and waits for its first decision, which opens its tasks. */
    public static UUID decided(Pipeline pipeline, LocatedOrders order) {
        OrderLocated located = order.build();
        pipeline.send(located);
        pipeline.awaitDecided(located.orderId(), 1);
        return located.orderId();
    }

    /**
     * The ids of the orders' tasks of one kind ({@code releaseTasks}, {@code preservationTasks}), as their decisions
     * list them.
     */
    public static List<String> tasksOf(String kind, UUID... orderIds) {
        return Arrays.stream(orderIds)
                .flatMap(orderId -> As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                        .then().statusCode(200).extract().jsonPath().getList(kind + ".id", String.class).stream())
                .toList();
    }

    /**
     * The provider's list without page or size, answered as before it was paged: one page, the default size being the
     * largest, oldest first, of exactly the tasks {@code created}.
     */
    public static JsonPath wholeList(String list, String provider, List<String> created) {
        Response whole = As.provider(provider).when().get(list, provider);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.header("Link")).isNull();
        assertThat(whole.jsonPath().getList("id", String.class)).containsExactlyInAnyOrderElementsOf(created);
        assertThat(whole.jsonPath().getList("createdAt", String.class).stream().map(Instant::parse).toList())
                .as("oldest first").isSortedAccordingTo(Comparator.naturalOrder());
        return whole.jsonPath();
    }

    /**
     * Two tasks a page, the next page linked at {@code publicUrl}: {@code pageSizes} pages of the provider's tasks
     * only, which together are {@code all} in its order, each task once; {@code neighbour} may read no page of them.
     */
    public static void assertPagesOfTwo(String list, String provider, String neighbour, String publicUrl,
            List<String> all, Integer... pageSizes) {
        List<JsonPath> pages = pages(list, provider, "?size=2");
        assertThat(pages).extracting(page -> page.getList("$").size()).containsExactly(pageSizes);
        assertThat(ids(pages)).as("every task once, in the order of the whole list").isEqualTo(all);
        assertThat(pages).allSatisfy(page -> assertThat(page.getList("provider")).containsOnly(provider));
        assertThat(As.provider(provider).when().get(list + "?size=2", provider).header("Link")).as("Link")
                .startsWith("<" + publicUrl + list.replace("{provider}", provider) + "?")
                .contains("rel=\"next\"").contains("page=1").contains("size=2");
        As.provider(neighbour).when().get(list + "?page=1&size=2", provider)
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** A page, a size or a status the list cannot answer is a 400 problem naming that parameter. */
    public static void assertBadParametersRefused(String list, int largestPage, String unknownStatus) {
        for (String bad : List.of("page=-1", "page=one", "page=1073741823", "size=0", "size=-5",
                "size=" + (largestPage + 1), "size=x", "status=" + unknownStatus, "status=OPEN," + unknownStatus,
                "status=OPEN&status=" + unknownStatus)) {
            As.provider("any-provider").when().get(list + "?" + bad, "any-provider")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }

    /** The ids of the tasks of every page of the provider's list, from the first, in order. */
    public static List<String> idsOfEveryPage(String list, String provider, String query) {
        return ids(pages(list, provider, query));
    }

    private static List<JsonPath> pages(String list, String provider, String query) {
        List<JsonPath> pages = new ArrayList<>();
        Response page = As.provider(provider).when().get(list + query, provider);
        while (true) {
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            pages.add(page.jsonPath());
            String link = page.header("Link");
            if (link == null) {
                return pages;
            }
            assertThat(pages).as("pages followed").hasSizeLessThan(10);
            Matcher next = NEXT.matcher(link);
            assertThat(next.find()).as(link).isTrue();
            // The link is at the public URL; the test's server listens on a port of its own.
            URI uri = URI.create(next.group(1));
            page = As.provider(provider).urlEncodingEnabled(false).when()
                    .get(uri.getRawPath() + "?" + uri.getRawQuery());
        }
    }

    private static List<String> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(page -> page.getList("id", String.class).stream()).toList();
    }
}
