package io.lexroute.gateway;

import io.lexroute.gateway.persistence.DataPackageEntity;
import java.util.List;

/** The packages received for an order, and what is still awaited. */
public record OrderPackages(OrderOverview order, List<DataPackageEntity> packages) {
}
