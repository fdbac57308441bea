-- The audit log: every decision revision, accepted package, closure, download and review decision, in the order
-- they happened. Each entry is chained to the one before it: hash = SHA-256 over prev_hash and the entry's fields in
-- a fixed encoding (domain/AuditChain), so altering, removing or inserting an entry breaks the chain at that point.
-- seq has no gaps: it is the previous entry's seq + 1, assigned while holding a transaction-scoped advisory lock, so
-- a rolled-back action leaves no hole and two instances never fork the chain.
create table audit_log (
    seq       bigint      primary key check (seq >= 1),
    at        timestamptz not null,
    -- Who acted: "provider <id>", "authority <tenant>", "legal-reviewer <name>", "operator <name>", or
    -- "response-gateway" for what the gateway does on an event or a timer.
    actor     text        not null,
    action    text        not null,
    order_id  uuid,
    -- Canonical JSON (keys sorted, no white space), kept as text so that the hashed bytes are the stored bytes.
    details   text        not null,
    -- The previous entry's hash; 64 zeros for the first entry. Unique: the chain cannot fork.
    prev_hash text        not null unique check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash      text        not null check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_log_by_order on audit_log (order_id, seq);
