-- The connection pool's login, ${runtime_role}, may use the schema and read and write the rows of its tables, and
-- no more: Flyway's login owns the schema and every table in it, so only Flyway's login can alter, drop or truncate
-- a table or disable its triggers. A callback, not a migration: it runs after every migrate, so that a table made
-- since (or by hand) is granted too, and needs no version number among the service's own.
-- Where the pool logs in as the owner itself (one login for both), it changes nothing that matters: there is then no
-- separation.
grant usage on schema "${flyway:defaultSchema}" to "${runtime_role}";
grant usage, select on all sequences in schema "${flyway:defaultSchema}" to "${runtime_role}";
alter default privileges in schema "${flyway:defaultSchema}"
    grant select, insert, update, delete on tables to "${runtime_role}";
alter default privileges in schema "${flyway:defaultSchema}"
    grant usage, select on sequences to "${runtime_role}";

-- Only tables the role holds no privilege on yet: a table it has some privilege on keeps exactly those, so that a
-- service's own callback may narrow a table's (response-gateway's audit_log: read and append only) whichever of the
-- two runs first, and a later start does not widen them again. Flyway's history table is left to the block after.
do $$
declare
    target regclass;
begin
    for target in
        select c.oid::regclass
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = '${flyway:defaultSchema}'
          and c.relkind in ('r', 'p')
          and c.relname <> '${flyway:table}'
          and not has_table_privilege('${runtime_role}', c.oid,
                                      'select, insert, update, delete, truncate, references, trigger')
    loop
        execute format('grant select, insert, update, delete on %s to %I', target, '${runtime_role}');
    end loop;
end
$$;

-- Flyway's history table: the role may read it and nothing more. A service runs with the runtime login only (the
-- migration step, which has the owner's, runs before it and exits) and has Flyway validate its schema at start
-- against that table, so that it refuses to start on a schema that lacks one of its migrations; it cannot add, change
-- or remove a row of the history. Everything else is revoked first, so that a privilege given some other way (a
-- default privilege, by hand) does not stay. Skipped where the role is the table's owner or a member of its role (one
-- login for both): revoking would take the owner's own privileges, which Flyway needs to migrate.
do $$
begin
    if not pg_has_role('${runtime_role}',
                       (select relowner from pg_class
                        where oid = '"${flyway:defaultSchema}"."${flyway:table}"'::regclass),
                       'member') then
        revoke all on "${flyway:defaultSchema}"."${flyway:table}" from "${runtime_role}";
        grant select on "${flyway:defaultSchema}"."${flyway:table}" to "${runtime_role}";
    end if;
end
$$;
