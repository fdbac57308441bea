-- The connection pool's login may read the audit log and append to it, nothing else: without UPDATE, DELETE and
-- TRUNCATE, and owning no table (so unable to disable V10's triggers), it cannot rewrite or remove history. A Flyway
-- callback like kafka-outbox's grants (which leave a table alone once the role has a privilege on it), so the order in
-- which the two run does not matter; revoke and grant are one transaction, so the role never holds more meanwhile.
-- Skipped where the pool logs in as the table's owner or a member of its role (one login for both): revoking would
-- take the owner's own privileges, and there is no separation to keep; the triggers and the hash chain are all there
-- is then.
do $$
begin
    if not pg_has_role('${runtime_role}',
                       (select relowner from pg_class where oid = '"${flyway:defaultSchema}".audit_log'::regclass),
                       'member') then
        revoke all on "${flyway:defaultSchema}".audit_log from "${runtime_role}";
        grant select, insert on "${flyway:defaultSchema}".audit_log to "${runtime_role}";
    end if;
end
$$;
