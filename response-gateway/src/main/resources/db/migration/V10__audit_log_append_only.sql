-- The audit log is append-only: triggers refuse UPDATE, DELETE and TRUNCATE on it, so that neither a bug nor a stray
-- statement through the service's own connection can rewrite or remove history. A table owner can still disable the
-- triggers (AuditLogTest does, to tamper on purpose); the hash chain is what shows such tampering afterwards.
create function audit_log_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
