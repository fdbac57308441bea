-- The released data packages response-gateway holds for each order (order.package-received): the manifest that
-- GET /api/v1/orders/{id}/response lists for the issuing authority. The bytes stay with response-gateway.
create table order_package (
    package_id     uuid        primary key,
    order_id       uuid        not null references orders (id),
    data_category  text,
    location       text,
    name           text        not null,
    content_type   text,
    size_bytes     bigint      not null,
    sha256         text        not null,
    received_at    timestamptz not null,
    download_link  text        not null
);

create index order_package_by_order on order_package (order_id, received_at);
