-- When the assessment each order was located with was made (Assessment.assessedAt), so that an order.assessed older
-- than the assessment an order was last located with (a dead-lettered event put back by ./redrive-dead-letters.sh, or
-- one of a partition added since) is not located on top of it: LocatorService.locate skips it and publishes nothing.
--
-- No backfill: data-locator kept no assessment before (a lookup row holds what the catalog said, and the outbox deletes
-- the order.located events it published), so the lookups recorded before this migration have none, and the first
-- order.assessed of such an order is located whatever its assessedAt, as before. location_lookup_order_idx serves the
-- per-order reads.
alter table location_lookup add column assessed_at timestamptz;
