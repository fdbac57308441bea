-- Demo catalog for the providers skype and microsoft. It holds the accounts of the example cases
-- (shared/cases/*.json, "catalog") exactly as those cases PUT them, so that PUTting them again changes nothing,
-- plus a few accounts with several identifiers and replicas. "live:nobody.here" (case data-not-held) is
-- deliberately absent.

insert into account (provider_id, account_id, created_at, updated_at) values
    ('skype',     'sk-be-001',    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('skype',     'sk-lu-002',    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('skype',     'sk-de-003',    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-2016', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-de-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-fr-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-nl-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-us-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('microsoft', 'ms-acct-eu-2', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

insert into account_identifier (provider_id, account_id, position, type, value, match_value) values
    ('skype',     'sk-be-001',    0, 'ACCOUNT_ID', 'live:suspect.be.001',        'live:suspect.be.001'),
    ('skype',     'sk-lu-002',    0, 'ACCOUNT_ID', 'live:demo.lu.002',           'live:demo.lu.002'),
    ('skype',     'sk-lu-002',    1, 'EMAIL',      'Demo.Lu@skype.example',      'demo.lu@skype.example'),
    ('skype',     'sk-lu-002',    2, 'PHONE',      '+352 621 000 002',           '+352621000002'),
    ('skype',     'sk-de-003',    0, 'ACCOUNT_ID', 'live:demo.de.003',           'live:demo.de.003'),
    ('skype',     'sk-de-003',    1, 'USERNAME',   'demo_de_003',                'demo_de_003'),
    ('microsoft', 'ms-acct-2016', 0, 'EMAIL',      'target2016@outlook.example', 'target2016@outlook.example'),
    ('microsoft', 'ms-acct-de-1', 0, 'EMAIL',      'kunde@outlook.example',      'kunde@outlook.example'),
    ('microsoft', 'ms-acct-fr-1', 0, 'EMAIL',      'client@outlook.example',     'client@outlook.example'),
    ('microsoft', 'ms-acct-nl-1', 0, 'EMAIL',      'bewoner@outlook.example',    'bewoner@outlook.example'),
    ('microsoft', 'ms-acct-us-1', 0, 'EMAIL',      'us.user@outlook.example',    'us.user@outlook.example'),
    ('microsoft', 'ms-acct-us-1', 1, 'USERNAME',   'us.user',                    'us.user'),
    ('microsoft', 'ms-acct-eu-2', 0, 'EMAIL',      'eu.user@outlook.example',    'eu.user@outlook.example'),
    ('microsoft', 'ms-acct-eu-2', 1, 'PHONE',      '+353861234567',              '+353861234567'),
    ('microsoft', 'ms-acct-eu-2', 2, 'IP_ADDRESS', '203.0.113.24',               '203.0.113.24');

insert into storage_location (provider_id, account_id, position, data_category, country, site, custodian, role) values
    ('skype',     'sk-be-001',    0, 'SUBSCRIBER',     'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-be-001',    1, 'TRAFFIC',        'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),

    ('skype',     'sk-lu-002',    0, 'SUBSCRIBER',     'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-lu-002',    1, 'TRAFFIC',        'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-lu-002',    2, 'TRAFFIC',        'NL', 'amsterdam-1', 'Skype Communications S.a r.l.',   'REPLICA'),
    ('skype',     'sk-lu-002',    3, 'CONTENT',        'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-lu-002',    4, 'CONTENT',        'IE', 'dublin-2',    'Skype Communications S.a r.l.',   'REPLICA'),

    ('skype',     'sk-de-003',    0, 'SUBSCRIBER',     'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-de-003',    1, 'IDENTIFICATION', 'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-de-003',    2, 'TRAFFIC',        'LU', 'lu-east-1',   'Skype Communications S.a r.l.',   'PRIMARY'),
    ('skype',     'sk-de-003',    3, 'TRAFFIC',        'IE', 'dublin-2',    'Skype Communications S.a r.l.',   'REPLICA'),

    ('microsoft', 'ms-acct-2016', 0, 'SUBSCRIBER',     'US', 'us-west',     'Microsoft Corporation',           'PRIMARY'),
    ('microsoft', 'ms-acct-2016', 1, 'TRAFFIC',        'US', 'us-west',     'Microsoft Corporation',           'PRIMARY'),
    ('microsoft', 'ms-acct-2016', 2, 'CONTENT',        'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),

    ('microsoft', 'ms-acct-de-1', 0, 'SUBSCRIBER',     'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),

    ('microsoft', 'ms-acct-fr-1', 0, 'CONTENT',        'NL', 'amsterdam-2', 'Microsoft Ireland Operations Ltd', 'PRIMARY'),

    ('microsoft', 'ms-acct-nl-1', 0, 'CONTENT',        'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),

    ('microsoft', 'ms-acct-us-1', 0, 'SUBSCRIBER',     'US', 'us-east',     'Microsoft Corporation',           'PRIMARY'),
    ('microsoft', 'ms-acct-us-1', 1, 'TRAFFIC',        'US', 'us-east',     'Microsoft Corporation',           'PRIMARY'),
    ('microsoft', 'ms-acct-us-1', 2, 'CONTENT',        'US', 'us-east',     'Microsoft Corporation',           'PRIMARY'),
    ('microsoft', 'ms-acct-us-1', 3, 'CONTENT',        'US', 'us-west',     'Microsoft Corporation',           'REPLICA'),

    ('microsoft', 'ms-acct-eu-2', 0, 'SUBSCRIBER',     'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),
    ('microsoft', 'ms-acct-eu-2', 1, 'IDENTIFICATION', 'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),
    ('microsoft', 'ms-acct-eu-2', 2, 'TRAFFIC',        'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'PRIMARY'),
    ('microsoft', 'ms-acct-eu-2', 3, 'TRAFFIC',        'NL', 'amsterdam-2', 'Microsoft Ireland Operations Ltd', 'REPLICA'),
    ('microsoft', 'ms-acct-eu-2', 4, 'CONTENT',        'NL', 'amsterdam-2', 'Microsoft Ireland Operations Ltd', 'PRIMARY'),
    ('microsoft', 'ms-acct-eu-2', 5, 'CONTENT',        'IE', 'dublin-1',    'Microsoft Ireland Operations Ltd', 'REPLICA');
