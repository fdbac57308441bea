-- Where response-gateway files the order's refusal document (order.decided's refusalDocumentLink): null while
-- nothing is refused or redirected, and for orders decided by a gateway that did not send it.
alter table orders add column refusal_document_link text;
