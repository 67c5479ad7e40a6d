-- Directives: Party documents (number and symbol, relations, full text), their abbreviations as editable
-- reference data, implementation campaigns and obligations, dissemination conferences, job runs.

-- Abbreviations of Hướng dẫn 36-HD/VPTW as reference data. kind: TYPE, WHOLE (issuer written alone),
-- BODY (advisory body written before a level), LEVEL. confirmed = attested in real document numbers
-- (shared/reference/domain-rules.md §7); unconfirmed ones are to be checked by an administrator.
create table doc_abbreviation (
    kind      varchar(8)   not null,
    code      varchar(16)  not null,
    name      varchar(200) not null,
    confirmed boolean      not null,
    active    boolean      not null default true,
    version   bigint       not null default 0,
    constraint doc_abbreviation_pk primary key (kind, code)
);
insert into doc_abbreviation (kind, code, name, confirmed) values
 ('TYPE', 'NQ', 'Nghị quyết', true), ('TYPE', 'QĐ', 'Quyết định / Quy định', true),
 ('TYPE', 'QĐi', 'Quy định', true), ('TYPE', 'QĐNS', 'Quyết định nhân sự', true), ('TYPE', 'CT', 'Chỉ thị', true),
 ('TYPE', 'KL', 'Kết luận', true), ('TYPE', 'QC', 'Quy chế', true), ('TYPE', 'HD', 'Hướng dẫn', true),
 ('TYPE', 'KH', 'Kế hoạch', true), ('TYPE', 'TB', 'Thông báo', true), ('TYPE', 'CV', 'Công văn', true),
 ('TYPE', 'CTHĐ', 'Chương trình hành động', true),
 ('TYPE', 'CTr', 'Chương trình', false), ('TYPE', 'TTr', 'Tờ trình', false), ('TYPE', 'BC', 'Báo cáo', false),
 ('TYPE', 'BB', 'Biên bản', false), ('TYPE', 'TT', 'Thông tri', false), ('TYPE', 'ĐA', 'Đề án', false),
 ('TYPE', 'PA', 'Phương án', false), ('TYPE', 'TC', 'Thông cáo', false),
 ('WHOLE', 'TW', 'Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)', true),
 ('WHOLE', 'TU', 'Tỉnh ủy', true), ('WHOLE', 'HU', 'Huyện ủy', true), ('WHOLE', 'QU', 'Quận ủy / Quân ủy', true),
 ('WHOLE', 'ĐU', 'Đảng ủy', true), ('WHOLE', 'ĐUK', 'Đảng ủy Khối', true), ('WHOLE', 'QUTW', 'Quân ủy Trung ương', true),
 ('WHOLE', 'ThU', 'Thành ủy', false), ('WHOLE', 'CB', 'Chi bộ', false), ('WHOLE', 'BCS', 'Ban cán sự đảng', false),
 ('WHOLE', 'ĐĐ', 'Đảng đoàn', false),
 ('BODY', 'BTC', 'Ban Tổ chức', true), ('BODY', 'UBKT', 'Ủy ban Kiểm tra', true), ('BODY', 'VP', 'Văn phòng', true),
 ('BODY', 'BTG', 'Ban Tuyên giáo', true), ('BODY', 'BCĐ', 'Ban Chỉ đạo', true),
 ('BODY', 'BDV', 'Ban Dân vận', false), ('BODY', 'BTGDV', 'Ban Tuyên giáo và Dân vận', false),
 ('BODY', 'BNC', 'Ban Nội chính', false),
 ('LEVEL', 'TW', 'Trung ương', true), ('LEVEL', 'TU', 'Tỉnh ủy', true), ('LEVEL', 'ĐUK', 'Đảng ủy Khối', true),
 ('LEVEL', 'ThU', 'Thành ủy', false), ('LEVEL', 'HU', 'Huyện ủy', false), ('LEVEL', 'QU', 'Quận ủy / Quân ủy', false),
 ('LEVEL', 'ĐU', 'Đảng ủy', false), ('LEVEL', 'QUTW', 'Quân ủy Trung ương', false);

create table document (
    id             bigint primary key,
    number         int           not null,
    type_code      varchar(16)   not null,
    issuer_code    varchar(32)   not null,
    number_text    varchar(80)   not null,
    issuer_unit_id bigint        not null references org_unit (id),
    term_label     varchar(40)   not null,
    issued_on      date          not null,
    title          varchar(1000) not null,
    signer         varchar(200),
    confidential   boolean       not null default false,
    body           text,
    status         varchar(16)   not null default 'IN_FORCE',
    -- folded (no diacritics, lowercase) number, type and title, and text: the search keys; the heading
    -- weighs more than the text in the ranking
    search_head    text          not null,
    search_text    text          not null,
    search         tsvector generated always as (setweight(to_tsvector('simple', search_head), 'A')
                                                 || setweight(to_tsvector('simple', search_text), 'D')) stored,
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    -- numbers restart per issuer, type and committee term; a duplicate in one series is refused
    constraint document_series_unique unique (issuer_unit_id, issuer_code, type_code, term_label, number)
);
create index document_search on document using gin (search);
create index document_issuer on document (issuer_unit_id, issued_on);
create index document_number_text on document (number_text);

create table document_relation (
    id               bigint primary key,
    from_document_id bigint      not null references document (id),
    to_document_id   bigint      not null references document (id),
    kind             varchar(16) not null, -- IMPLEMENTS, REPLACES, AMENDS, REFERS_TO
    created_at       timestamptz not null,
    constraint document_relation_unique unique (from_document_id, to_document_id, kind),
    constraint document_relation_not_self check (from_document_id <> to_document_id)
);
create index document_relation_to on document_relation (to_document_id, kind);

create table document_attachment (
    id           bigint primary key,
    document_id  bigint       not null references document (id),
    filename     varchar(300) not null,
    content_type varchar(100) not null,
    size_bytes   int          not null,
    content      bytea        not null,
    created_at   timestamptz  not null
);
create index document_attachment_document on document_attachment (document_id);
