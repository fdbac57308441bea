-- PHONE identifiers are now matched without any of the separators ASCII white space, '/', '(', ')', '.' and '-',
-- and with a leading international prefix 00 written '+' (IdentifierKey): '+32 470/12 34 56' and '0032470123456'
-- are both '+32470123456'. A single leading 0 (a national trunk prefix) stays as it is.
--
-- The new match value is computed from the stored one, which is the value stripped of surrounding white space and
-- of the former separators (the same set without '/'): removing the separators again and rewriting the prefix gives
-- exactly what IdentifierKey gives for the value, whatever it holds (PhoneMatchValueMigrationTest).
create temporary table phone_key as
    select id, provider_id, account_id, position,
           regexp_replace(regexp_replace(match_value, '[ \t\n\v\f\r/().-]', '', 'g'), '^00', '+') as match_value
    from account_identifier
    where type = 'PHONE';

-- An account that listed one number in several forms keeps the first of them.
delete from account_identifier
where id in (select later.id
             from phone_key later
             join phone_key earlier using (provider_id, account_id, match_value)
             where (earlier.position, earlier.id) < (later.position, later.id));

-- Two accounts of a provider that now have the same number cannot both keep it (the catalog's unique key), and which
-- one the number designates is for the provider to say. Neither may keep its former match value either: targets are
-- now normalised before the lookup, so the account already stored in the normalised form would answer for both. So
-- both are parked on a value no target can have (normalised values hold no space): neither matches, an order naming
-- the number finds it not held, and a warning names them until the provider's next PUT of an account gives it the
-- number again.
create temporary table shared_phone as
    select provider_id, match_value, string_agg(distinct account_id, ', ' order by account_id) as accounts
    from phone_key
    group by provider_id, match_value
    having count(distinct account_id) > 1;

do $$
declare
    conflicts text;
begin
    select string_agg(format('provider %s, %s: accounts %s', provider_id, match_value, accounts), '; ')
    into conflicts
    from shared_phone;
    if conflicts is not null then
        raise warning 'PHONE identifiers of different accounts are the same number once normalised; no order '
            'matches them until the provider PUTs the account that holds the number: %', conflicts;
    end if;
end $$;

update account_identifier identifier
set match_value = case
        when exists (select 1
                     from shared_phone
                     where shared_phone.provider_id = phone_key.provider_id
                       and shared_phone.match_value = phone_key.match_value)
            then 'shared number ' || identifier.match_value
        else phone_key.match_value
    end
from phone_key
where identifier.id = phone_key.id;

drop table shared_phone;
drop table phone_key;
