package io.lexroute.locator.api;

import java.util.List;

/** One page of a provider's accounts, sorted by account id; {@code page} counts from 0. */
public record AccountPageView(int page, int size, long total, List<AccountView> accounts) {
}
