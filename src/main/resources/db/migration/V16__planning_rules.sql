-- Cadre planning (quy hoạch cán bộ, Quy định 377-QĐ/TW ngày 08/10/2025): the rules that keep a member out of planning
-- or appointment for a time, as data (decision 0019). months: the window after the fact (a discipline: after its
-- decision date; a degradation concluded: the lookback); null for a rule counted in rated years. applies_to: HIGHER —
-- only planning or appointment to a higher post; ANY — any post. Every rule says whether its wording was confirmed
-- against the official text and on what basis; administrators edit them (audited) without a code change.
create table planning_rule (
    kind       varchar(40)   primary key,
    months     int,
    applies_to varchar(10)   not null,
    source     varchar(500)  not null,
    confirmed  boolean       not null,
    basis      varchar(2000),
    version    int           not null default 0,
    constraint planning_rule_kind check (kind in ('DISCIPLINE_REPRIMAND', 'DISCIPLINE_WARNING', 'DISCIPLINE_DISMISSAL',
        'DEGRADATION_CONCLUDED', 'NOT_COMPLETED_TWO_YEARS')),
    constraint planning_rule_months check ((kind = 'NOT_COMPLETED_TWO_YEARS') = (months is null)
        and (months is null or months between 1 and 600)),
    constraint planning_rule_applies check (applies_to in ('HIGHER', 'ANY'))
);

-- Seed: domain-rules §6 (summaries of secondary sources; the text of 377-QĐ/TW itself was not at hand).
insert into planning_rule (kind, months, applies_to, source, confirmed, basis) values
('DISCIPLINE_REPRIMAND', 24, 'HIGHER', 'Quy định 377-QĐ/TW ngày 08/10/2025 (tóm lược)', false,
 'Tóm lược từ báo chí (hatinh24h.com.vn; vnexpress.net …4952640; vietnam.vn/en/can-bo-bi-cach-chuc-sau-5-nam…; dantri.com.vn …20251017092909508.htm): cán bộ bị kỷ luật chỉ được xem xét quy hoạch, bổ nhiệm vào chức vụ cao hơn sau 24 tháng (khiển trách), 36 tháng (cảnh cáo, không bị cách chức), 60 tháng (cách chức), nếu đáp ứng tiêu chuẩn. Chưa đối chiếu nguyên văn 377-QĐ/TW.'),
('DISCIPLINE_WARNING', 36, 'HIGHER', 'Quy định 377-QĐ/TW ngày 08/10/2025 (tóm lược)', false,
 'Tóm lược từ báo chí (hatinh24h.com.vn; vnexpress.net …4952640; vietnam.vn/en/can-bo-bi-cach-chuc-sau-5-nam…; dantri.com.vn …20251017092909508.htm): cán bộ bị kỷ luật chỉ được xem xét quy hoạch, bổ nhiệm vào chức vụ cao hơn sau 24 tháng (khiển trách), 36 tháng (cảnh cáo, không bị cách chức), 60 tháng (cách chức), nếu đáp ứng tiêu chuẩn. Chưa đối chiếu nguyên văn 377-QĐ/TW.'),
('DISCIPLINE_DISMISSAL', 60, 'HIGHER', 'Quy định 377-QĐ/TW ngày 08/10/2025 (tóm lược)', false,
 'Tóm lược từ báo chí (hatinh24h.com.vn; vnexpress.net …4952640; vietnam.vn/en/can-bo-bi-cach-chuc-sau-5-nam…; dantri.com.vn …20251017092909508.htm): cán bộ bị kỷ luật chỉ được xem xét quy hoạch, bổ nhiệm vào chức vụ cao hơn sau 24 tháng (khiển trách), 36 tháng (cảnh cáo, không bị cách chức), 60 tháng (cách chức), nếu đáp ứng tiêu chuẩn. Chưa đối chiếu nguyên văn 377-QĐ/TW.'),
('DEGRADATION_CONCLUDED', 60, 'ANY', 'Quy định 377-QĐ/TW ngày 08/10/2025: không đưa vào quy hoạch người vi phạm, không đáp ứng tiêu chuẩn', false,
 'Chưa xác minh: khoảng thời gian xem xét lại (60 tháng) là giả định của hệ thống, chưa tìm được căn cứ trong văn bản.'),
('NOT_COMPLETED_TWO_YEARS', null, 'ANY', 'Quy định 377-QĐ/TW ngày 08/10/2025 (tóm lược): hai năm liên tiếp không hoàn thành nhiệm vụ', false,
 'Tóm lược (118.69.201.250, bản sao; nghean24h.vn): hai năm liên tiếp được xếp loại chất lượng ở mức không hoàn thành nhiệm vụ là căn cứ miễn nhiệm, cho thôi giữ chức vụ (tương tự quy định đối với công chức). Chưa đối chiếu nguyên văn 377-QĐ/TW.');
