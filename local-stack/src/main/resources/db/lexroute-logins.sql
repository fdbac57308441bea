-- The two logins of the database lexroute, run by a superuser connected to it (LexRouteDatabase; docker-compose.yml
-- mounts this file as an init script of its PostgreSQL). The passwords are for local runs and tests only.
-- lexroute_owner: what the services' migration steps (Flyway) migrate as; it owns the database, so every schema and
-- table in it.
create role lexroute_owner login password 'lexroute_owner';
-- lexroute_runtime: what the running services log in as (their connection pools, and their Flyway, which only
-- validates). It owns nothing: each service's migration grants it the use of its schema, what it may do with the rows
-- of each table and the reading of Flyway's history (kafka-outbox's afterMigrate callback).
create role lexroute_runtime login password 'lexroute_runtime';
alter database lexroute owner to lexroute_owner;
-- Before PostgreSQL 15 every role may create tables in the schema public: the runtime login could still make tables
-- of its own there.
revoke create on schema public from public;
