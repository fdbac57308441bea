package io.lexroute.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.contracts.OrderLocated;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
        String link = As.provider(provider).when().get(list + "?size=2", provider).header("Link");
        assertThat(link).as("Link")
                .startsWith("<" + publicUrl + list.replace("{provider}", provider) + "?")
                .contains("rel=\"next\"").contains("after=").contains("size=2").doesNotContain("page=");
        // A client that counts pages still may; the link it is given names the tasks after the page, as any other.
        assertThat(As.provider(provider).when().get(list + "?page=1&size=2", provider).jsonPath().getList("id"))
                .as("page 1").isEqualTo(pages.get(1).getList("id"));
        assertThat(As.provider(provider).when().get(list + "?page=0&size=2", provider).header("Link"))
                .as("Link of page 0").isEqualTo(link);
        get(provider, nextLink(link) + "&page=1").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("after"));
        As.provider(neighbour).when().get(list + "?page=1&size=2", provider)
                .then().statusCode(403).contentType("application/problem+json");
        get(neighbour, nextLink(link)).then().statusCode(403).contentType("application/problem+json");
    }

    /**
     * A page, a size, a status or a cursor ({@code after}) the list cannot answer is a 400 problem naming that
     * parameter.
     */
    public static void assertBadParametersRefused(String list, int largestPage, String unknownStatus) {
        String notACursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2026-12-07T10:00:00Z/not-a-task".getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of("page=-1", "page=one", "page=1073741823", "size=0", "size=-5",
                "size=" + (largestPage + 1), "size=x", "status=" + unknownStatus, "status=OPEN," + unknownStatus,
                "status=OPEN&status=" + unknownStatus, "after=not-a-cursor", "after=" + notACursor)) {
            As.provider("any-provider").when().get(list + "?" + bad, "any-provider")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }

    /** The ids of the tasks of every page of the provider's list, from the first, in order. */
    public static List<String> idsOfEveryPage(String list, String provider, String query) {
        return ids(pages(list, provider, query));
    }

    /**
     * A provider working through its open tasks ({@code ?status=OPEN&size=2}) settles ({@code settle}: uploads or
     * confirms) the tasks of each page before it follows the page's next link: it still meets every one of
     * {@code open}, in order, though each task it settles leaves the list.
     */
    public static void assertWorkingThroughOpenTasksMissesNone(String list, String provider, List<String> open,
            Consumer<String> settle) {
        List<String> met = new ArrayList<>();
        Response page = As.provider(provider).when().get(list + "?status=OPEN&size=2", provider);
        while (page != null) {
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            List<String> ids = page.jsonPath().getList("id", String.class);
            met.addAll(ids);
            ids.forEach(settle);
            assertThat(met).as("tasks met").hasSizeLessThanOrEqualTo(open.size());
            page = next(provider, page);
        }
        assertThat(met).as("every open task, in order").isEqualTo(open);
    }

    private static List<JsonPath> pages(String list, String provider, String query) {
        List<JsonPath> pages = new ArrayList<>();
        Response page = As.provider(provider).when().get(list + query, provider);
        while (page != null) {
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            pages.add(page.jsonPath());
            assertThat(pages).as("pages followed").hasSizeLessThan(10);
            page = next(provider, page);
        }
        return pages;
    }

    /** The page the {@code Link} of {@code page} names; null on the last page. */
    private static Response next(String provider, Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        return get(provider, nextLink(link));
    }

    private static String nextLink(String link) {
        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).as(link).isTrue();
        return next.group(1);
    }

    /** Reads an absolute link of the list: it is at the public URL, and the test's server listens on its own port. */
    private static Response get(String provider, String link) {
        URI uri = URI.create(link);
        return As.provider(provider).urlEncodingEnabled(false).when().get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static List<String> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(page -> page.getList("id", String.class).stream()).toList();
    }
}
