-- Evaluation (đánh giá, xếp loại chất lượng): the rule sets that judge a record of a period, as data. A set is in
-- force from effective_from to effective_to (inclusive; null = still in force); no two sets overlap (checked by the
-- application). The record of a period is judged by the set in force on the period's end date. Every rule says
-- whether its wording was confirmed (confirmed = true: verbatim or a faithful summary of the document or its guide)
-- and on what basis; an administrator edits a set or adds the next one without a code change.
create table evaluation_rule_set (
    code            varchar(40)   primary key, -- the document's number and symbol, e.g. 366-QĐ/TW
    name            varchar(300)  not null,
    document        varchar(500)  not null, -- the document and its guides
    effective_from  date          not null,
    effective_to    date,
    uses_scores     boolean       not null, -- levels from a score on 100 points (score bands)
    quarterly       boolean       not null, -- quarters 1–3 are rated too (the 4th merges into the year)
    quarterly_basis varchar(2000),
    quota_percent   numeric(5, 2), -- Hoàn thành xuất sắc at most this % of those rated Hoàn thành tốt; null = none
    quota_scope     varchar(40),   -- GRASSROOTS_ORGANIZATION: counted per tổ chức cơ sở đảng
    quota_confirmed boolean       not null default false,
    quota_basis     varchar(2000),
    note            varchar(2000),
    version         int           not null default 0,
    constraint evaluation_rule_set_period check (effective_to is null or effective_to >= effective_from),
    constraint evaluation_rule_set_quota check (quota_percent is null or quota_percent between 0 and 100)
);

-- A level's score band: min_score inclusive, max_score exclusive (the top band's 100 inclusive).
create table evaluation_score_band (
    rule_set_code varchar(40)   not null references evaluation_rule_set (code) on delete cascade,
    level         varchar(20)   not null, -- EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
    min_score     numeric(5, 2) not null,
    max_score     numeric(5, 2) not null,
    confirmed     boolean       not null,
    basis         varchar(2000),
    primary key (rule_set_code, level),
    constraint evaluation_score_band_range check (min_score >= 0 and max_score <= 100 and min_score < max_score)
);

-- A hard cap: when the fact holds, the level is at most caps_to (a level, or NOT_RATED), unless the exception holds.
create table evaluation_cap (
    rule_set_code varchar(40)   not null references evaluation_rule_set (code) on delete cascade,
    kind          varchar(40)   not null, -- DISCIPLINED_IN_YEAR, DEGRADATION_CONCLUDED, SICK_LEAVE_3_MONTHS, …
    caps_to       varchar(20)   not null, -- a level, or NOT_RATED
    exception     varchar(1000),          -- e.g. self-detected and remedied; null = none
    confirmed     boolean       not null,
    basis         varchar(2000),
    primary key (rule_set_code, kind)
);

-- A rule on an organization's level from its members' (or subordinate organizations') levels: the organization is
-- at most below `level` unless every one is at least min_level_all and at least share_percent % are at least
-- share_level. E.g. CELL_GOOD: a cell is Hoàn thành tốt only if all members ≥ Hoàn thành and ≥ 50% ≥ Hoàn thành tốt.
create table evaluation_org_rule (
    rule_set_code varchar(40)   not null references evaluation_rule_set (code) on delete cascade,
    kind          varchar(40)   not null, -- CELL_GOOD, COMMITTEE_GOOD, …
    level         varchar(20)   not null,
    min_level_all varchar(20)   not null,
    share_percent numeric(5, 2) not null,
    share_level   varchar(20)   not null,
    confirmed     boolean       not null,
    basis         varchar(2000),
    primary key (rule_set_code, kind),
    constraint evaluation_org_rule_share check (share_percent between 0 and 100)
);

-- Seed: domain-rules §2.
insert into evaluation_rule_set (code, name, document, effective_from, effective_to, uses_scores, quarterly,
    quarterly_basis, quota_percent, quota_scope, quota_confirmed, quota_basis, note) values
('132-QĐ/TW', 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
 'Quy định 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị; Hướng dẫn 16-HD/BTCTW ngày 24/9/2018, thay bằng Hướng dẫn 21-HD/BTCTW ngày 18/10/2019',
 date '2018-03-08', date '2023-10-03', false, false, 'Chỉ đánh giá hằng năm.',
 20, 'GRASSROOTS_ORGANIZATION', true,
 'Nguyên văn 21-HD/BTCTW (2019): số đảng viên được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số đảng viên được xếp loại "Hoàn thành tốt nhiệm vụ" trong từng tổ chức cơ sở đảng.',
 'Thay bằng Quy định 124-QĐ/TW từ ngày 04/10/2023.'),
('124-QĐ/TW', 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
 'Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị; Hướng dẫn 25-HD/BTCTW ngày 10/11/2023',
 date '2023-10-04', date '2025-08-29', false, false, 'Chỉ đánh giá hằng năm.',
 20, 'GRASSROOTS_ORGANIZATION', false,
 'Chưa xác minh: tỷ lệ 20% được trích dẫn rộng rãi cho 124 nhưng chưa tìm được nguyên văn trong 124-QĐ/TW hoặc 25-HD/BTCTW; giữ theo 21-HD/BTCTW (2019).',
 'Thay bằng Quy định 366-QĐ/TW từ ngày 30/8/2025.'),
('366-QĐ/TW', 'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
 'Quy định 366-QĐ/TW ngày 30/8/2025; Kết luận 198-KL/TW ngày 08/10/2025; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 (thay 25-HD/BTCTW)',
 date '2025-08-30', null, true, true,
 'Tóm lược (198-KL/TW, 43-HD/BTCTW): cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý được đánh giá, đề xuất mức xếp loại quý I, II, III; quý IV gộp vào đánh giá cuối năm.',
 20, 'GRASSROOTS_ORGANIZATION', false,
 'Chưa xác minh: chưa tìm được quy định tỷ lệ trong 366-QĐ/TW hoặc 43-HD/BTCTW; Nghị định 335/2025/NĐ-CP (tương ứng với 366) giới hạn 20% số người được xếp loại Hoàn thành tốt. Tạm giữ 20%, cần đối chiếu.',
 'Thang điểm 100, đánh giá theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần thiết.');

insert into evaluation_score_band (rule_set_code, level, min_score, max_score, confirmed, basis) values
('366-QĐ/TW', 'EXCELLENT', 90, 100, true, 'Điều 11 (tóm lược, hai nguồn độc lập): tổng điểm từ 90 điểm trở lên, cùng các điều kiện khác.'),
('366-QĐ/TW', 'GOOD', 70, 90, true, 'Điều 11 (tóm lược): từ 70 đến dưới 90 điểm.'),
('366-QĐ/TW', 'COMPLETED', 50, 70, true, 'Điều 11 (tóm lược): từ 50 đến dưới 70 điểm.'),
('366-QĐ/TW', 'NOT_COMPLETED', 0, 50, false, 'Chưa xác minh: chưa tìm được nguyên văn mức Không hoàn thành của 366; dưới 50 điểm theo Nghị định 335/2025/NĐ-CP.');

insert into evaluation_cap (rule_set_code, kind, caps_to, exception, confirmed, basis) values
('132-QĐ/TW', 'DISCIPLINED_IN_YEAR', 'NOT_COMPLETED', null, true,
 '21-HD/BTCTW (2019): bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).'),
('132-QĐ/TW', 'DEGRADATION_CONCLUDED', 'NOT_COMPLETED', null, true,
 '21-HD/BTCTW (2019): bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".'),
('132-QĐ/TW', 'SICK_LEAVE_3_MONTHS', 'COMPLETED', null, true,
 '21-HD/BTCTW (2019): nghỉ ốm từ 3 tháng trở lên trong năm thì không xếp loại cao hơn Hoàn thành nhiệm vụ.'),
('132-QĐ/TW', 'ADMITTED_UNDER_6_MONTHS', 'NOT_RATED', null, true,
 '21-HD/BTCTW (2019): đảng viên mới kết nạp dưới 6 tháng không xếp loại (vẫn kiểm điểm).'),
('124-QĐ/TW', 'DISCIPLINED_IN_YEAR', 'NOT_COMPLETED', 'trừ trường hợp tự phát hiện và khắc phục xong hậu quả', true,
 'Nguyên văn Điều 12 khoản 4.3 điểm d: Bị xử lý kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).'),
('124-QĐ/TW', 'DEGRADATION_CONCLUDED', 'NOT_COMPLETED', null, true,
 'Điều 12 (tóm lược): bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá".'),
('124-QĐ/TW', 'SICK_LEAVE_3_MONTHS', 'COMPLETED', null, false,
 'Chưa xác minh cho 124: giữ theo 21-HD/BTCTW (2019); chưa đối chiếu 25-HD/BTCTW.'),
('124-QĐ/TW', 'ADMITTED_UNDER_6_MONTHS', 'NOT_RATED', null, false,
 'Chưa xác minh cho 124: giữ theo 21-HD/BTCTW (2019); chưa đối chiếu 25-HD/BTCTW.'),
('366-QĐ/TW', 'DISCIPLINED_IN_YEAR', 'NOT_COMPLETED', 'trừ trường hợp tự phát hiện và khắc phục xong hậu quả', false,
 'Chưa xác minh: chưa tìm được nguyên văn mức Không hoàn thành của 366; theo 124 và Nghị định 335/2025/NĐ-CP (bị kỷ luật từ khiển trách trở lên trong năm).'),
('366-QĐ/TW', 'DEGRADATION_CONCLUDED', 'NOT_COMPLETED', null, false,
 'Chưa xác minh: theo 124 và Nghị định 335/2025/NĐ-CP (kết luận suy thoái, "tự diễn biến", "tự chuyển hóa").'),
('366-QĐ/TW', 'SICK_LEAVE_3_MONTHS', 'COMPLETED', null, false,
 'Chưa xác minh cho 366: giữ theo 21-HD/BTCTW (2019); chưa đối chiếu 43-HD/BTCTW.'),
('366-QĐ/TW', 'ADMITTED_UNDER_6_MONTHS', 'NOT_RATED', null, false,
 'Chưa xác minh cho 366: giữ theo 21-HD/BTCTW (2019); chưa đối chiếu 43-HD/BTCTW.');

insert into evaluation_org_rule (rule_set_code, kind, level, min_level_all, share_percent, share_level, confirmed, basis) values
('132-QĐ/TW', 'CELL_GOOD', 'GOOD', 'COMPLETED', 50, 'GOOD', true,
 '21-HD/BTCTW (2019, tóm lược): chi bộ Hoàn thành tốt nhiệm vụ khi 100% đảng viên từ Hoàn thành nhiệm vụ trở lên và ít nhất 50% từ Hoàn thành tốt nhiệm vụ trở lên.'),
('124-QĐ/TW', 'CELL_GOOD', 'GOOD', 'COMPLETED', 50, 'GOOD', false,
 'Chưa xác minh cho 124: giữ theo 21-HD/BTCTW (2019).'),
('366-QĐ/TW', 'CELL_GOOD', 'GOOD', 'COMPLETED', 50, 'GOOD', false,
 'Chưa xác minh cho 366: giữ theo 21-HD/BTCTW (2019).');
