-- Conduct (chỉnh đốn): the versioned catalogue of the 27 expressions of degradation (Nghị quyết 04-NQ/TW, 3 groups
-- of 9, codes G1.1 … G3.9), the expressions identified in a unit with their source, the yearly remedy plans of a
-- committee and of its head (each item a follow-up task, verified by the unit above), and members' personal
-- commitments (bản cam kết) signed with their cell and checked at the next review.

-- A version of the catalogue: the 27 entries as one document words them (04-NQ/TW; a later conclusion such as
-- 21-KL/TW gets its own version). The version in force on a date is the latest whose effective_from is not after it.
create table degradation_catalogue (
    id             bigint primary key,
    number         int           not null, -- 1, 2, … in the order of loading
    name           varchar(200)  not null,
    document       varchar(60)   not null, -- the Party document's number and symbol, e.g. 04-NQ/TW
    effective_from date          not null,
    note           varchar(2000),
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    constraint degradation_catalogue_number unique (number),
    constraint degradation_catalogue_name unique (name)
);

-- One expression of a version: its wording and how sure we are of it (VERBATIM: the official text as quoted by
-- the source; SUMMARY: paraphrased or partly verbatim; LABEL: only a short label or gist was found).
create table degradation_catalogue_entry (
    catalogue_id bigint        not null references degradation_catalogue (id),
    code         varchar(4)    not null,
    group_no     int           not null,
    ordinal      int           not null,
    label        varchar(200)  not null, -- a short label for lists and chips
    text         varchar(4000) not null,
    status       varchar(8)    not null,
    source       varchar(1000),
    primary key (catalogue_id, code),
    constraint degradation_entry_code check (code ~ '^G[1-3]\.[1-9]$'
        and code = 'G' || group_no || '.' || ordinal),
    constraint degradation_entry_status check (status in ('VERBATIM', 'SUMMARY', 'LABEL'))
);

-- Expressions identified in a unit (e.g. the 5 of Giang Thành, 2019): the catalogue codes they fall under, the
-- unit's own wording, the evidence and where they were identified (a review, an inspection, a sơ kết conference).
create table conduct_expression (
    id               bigint primary key,
    unit_id          bigint        not null references org_unit (id),
    year             int           not null,
    codes            varchar(4)[]  not null,
    wording          varchar(2000) not null,
    evidence         varchar(8000),
    source_kind      varchar(200)  not null,
    source_reference varchar(500),
    identified_on    date          not null,
    identified_by    varchar(300)  not null, -- the body or person that identified it
    catalogue_id     bigint        not null references degradation_catalogue (id), -- in force on identified_on
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    created_by_name  varchar(200)  not null,
    constraint conduct_expression_codes check (cardinality(codes) between 1 and 27
        and array_to_string(codes, ',') ~ '^G[1-3]\.[1-9](,G[1-3]\.[1-9])*$'),
    constraint conduct_expression_year check (year between 2000 and 2100)
);
create index conduct_expression_unit on conduct_expression (unit_id, year);

-- The yearly remedy plan of a unit's committee (head_member_id null) or of its head: recorded by the unit, then
-- taken into follow-up by the unit above (ACCEPTED), which opens one follow-up task per item and verifies them.
create table remedy_plan (
    id               bigint primary key,
    unit_id          bigint        not null references org_unit (id),
    head_member_id   bigint        references member (id),
    year             int           not null,
    title            varchar(500)  not null,
    adopted_on       date          not null,
    document_number  varchar(100),
    verifier_unit_id bigint        not null references org_unit (id), -- the unit above on adopted_on
    state            varchar(12)   not null default 'RECORDED',
    accepted_on      date,
    accepted_by      varchar(100),
    accepted_by_name varchar(200),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    created_by_name  varchar(200)  not null,
    constraint remedy_plan_state check (state in ('RECORDED', 'ACCEPTED')),
    constraint remedy_plan_year check (year between 2000 and 2100),
    constraint remedy_plan_accepted check ((state = 'ACCEPTED') = (accepted_on is not null))
);
create unique index remedy_plan_committee_once on remedy_plan (unit_id, year) where head_member_id is null;
create unique index remedy_plan_head_once on remedy_plan (unit_id, year, head_member_id) where head_member_id is not null;

create table remedy_plan_item (
    id           bigint primary key,
    plan_id      bigint        not null references remedy_plan (id),
    ordinal      int           not null,
    text         varchar(4000) not null,
    codes        varchar(4)[]  not null,
    deadline     date          not null,
    follow_up_id bigint        references follow_up (id), -- opened when the plan is accepted
    constraint remedy_plan_item_ordinal unique (plan_id, ordinal),
    constraint remedy_plan_item_codes check (cardinality(codes) = 0
        or array_to_string(codes, ',') ~ '^G[1-3]\.[1-9](,G[1-3]\.[1-9])*$')
);

-- A member's commitment (bản cam kết) signed with their cell for a year: the expressions addressed, concrete
-- actions, recorded by the member or on their behalf by the cell's secretary; checked at the next review.
create table commitment (
    id                 bigint primary key,
    member_id          bigint        not null references member (id),
    cell_id            bigint        not null references org_unit (id),
    year               int           not null,
    codes              varchar(4)[]  not null,
    actions            varchar(1000)[] not null,
    signed_on          date          not null,
    due_by             date          not null,
    recorded_on_behalf boolean       not null,
    recorded_by        varchar(100)  not null,
    recorded_by_name   varchar(200)  not null,
    outcome            varchar(8),
    outcome_note       varchar(2000),
    checked_on         date,
    checked_by         varchar(100),
    checked_by_name    varchar(200),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    constraint commitment_once unique (member_id, cell_id, year),
    constraint commitment_codes check (cardinality(codes) = 0
        or array_to_string(codes, ',') ~ '^G[1-3]\.[1-9](,G[1-3]\.[1-9])*$'),
    constraint commitment_actions check (cardinality(actions) between 1 and 30),
    constraint commitment_dates check (due_by >= signed_on),
    constraint commitment_outcome check (outcome is null or outcome in ('KEPT', 'PARTLY', 'NOT_KEPT')),
    constraint commitment_checked check ((outcome is null) = (checked_on is null))
);
create index commitment_cell on commitment (cell_id, year);
create index commitment_member on commitment (member_id, year);

-- Version 1: the wording assembled from public quotations (domain-rules §1). Only some entries are verbatim; an
-- administrator loads the official text as a new version when it is at hand.
insert into degradation_catalogue (id, number, name, document, effective_from, note, created_at, created_by)
values (1, 1, 'Nghị quyết 04-NQ/TW (khóa XII) — bản tổng hợp từ các trích dẫn công khai', '04-NQ/TW', date '2016-10-30',
        'Lời văn ghép từ các trích dẫn trên báo chí, hỏi đáp pháp luật và bản dịch tiếng Anh; mục nào chưa tìm được nguyên '
        || 'văn chỉ ghi ý chính. Cần đối chiếu với nguyên văn Nghị quyết và nạp thành phiên bản mới.',
        now(), 'system');

insert into degradation_catalogue_entry (catalogue_id, code, group_no, ordinal, label, text, status, source) values
(1, 'G1.1', 1, 1, 'Phai nhạt lý tưởng cách mạng',
 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu, lý tưởng độc lập dân tộc và chủ nghĩa xã hội; hoài nghi, thiếu tin tưởng vào chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.',
 'SUMMARY', 'plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html (trích gần nguyên văn) và lawnet.vn (bản tiếng Anh, mục 1); cụm „mục tiêu, lý tưởng“ chưa được xác nhận'),
(1, 'G1.2', 1, 2, 'Xa rời tôn chỉ, mục đích của Đảng',
 'Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội; phụ họa theo nhận thức lệch lạc, quan điểm sai trái.',
 'SUMMARY', 'lawnet.vn, „27 signs of political and ethical decline…“ (bản tiếng Anh, mục 2); lời văn tiếng Việt chưa đối chiếu'),
(1, 'G1.3', 1, 3, 'Lười học tập lý luận chính trị',
 'Nhận thức sai lệch về vị trí, vai trò, tầm quan trọng của lý luận và học tập lý luận chính trị; lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối, chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước.',
 'SUMMARY', 'lawnet.vn (bản tiếng Anh, mục 3); lời văn tiếng Việt chưa đối chiếu'),
(1, 'G1.4', 1, 4, 'Không gương mẫu, né tránh trách nhiệm',
 'Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng; sa sút ý chí phấn đấu, không gương mẫu trong công tác; né tránh trách nhiệm, thiếu trách nhiệm, trung bình chủ nghĩa, làm việc qua loa, đại khái, kém hiệu quả; không còn ý thức hết lòng vì nước, vì dân, không làm tròn chức trách, nhiệm vụ được giao.',
 'VERBATIM', 'plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html'),
(1, 'G1.5', 1, 5, 'Tự phê bình và phê bình nể nang, né tránh',
 'Trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm; khi có khuyết điểm thì thiếu thành khẩn, không tự giác nhận kỷ luật. Trong phê bình thì nể nang, né tránh, ngại va chạm, thấy đúng không bảo vệ, thấy sai không đấu tranh; lợi dụng phê bình để nịnh bợ, lấy lòng nhau…',
 'SUMMARY', 'plo.vn (cùng bài): phần đầu nguyên văn, trích dẫn bị cắt; „lợi dụng phê bình để nịnh bợ, lấy lòng nhau“ theo tiêu đề mục của bài'),
(1, 'G1.6', 1, 6, 'Nói không đi đôi với làm',
 'Nói không đi đôi với làm; hứa hẹn nhiều, làm khác.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược „Suy thoái và biểu hiện“ (hiepdk.blogspot.com, 04/2017): „Nói rồi hứa hẹn hay ho khác làm“'),
(1, 'G1.7', 1, 7, 'Áp đặt, bảo thủ ý kiến cá nhân',
 'Áp đặt, bảo thủ ý kiến cá nhân.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Áp đặt, bảo thủ ý mình“'),
(1, 'G1.8', 1, 8, 'Ngại khó, né tránh; tham danh',
 'Ngại khó, né tránh; tham danh, vận động phiếu bầu.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Khó khăn thì tránh, tham danh phiếu bầu“'),
(1, 'G1.9', 1, 9, 'Bố trí người thân, người quen',
 'Bố trí người thân, người quen.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Thân, quen bổ nhiệm xếp vào“'),
(1, 'G2.1', 2, 1, 'Chủ nghĩa cá nhân, cơ hội',
 'Chủ nghĩa cá nhân, cơ hội; ganh tị.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Cá nhân, cơ hội, tị ganh“'),
(1, 'G2.2', 2, 2, 'Tranh chức, tranh quyền; cục bộ',
 'Tranh chức, tranh quyền; cục bộ; gia trưởng.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Tranh quyền, cục bộ, điều hành trưởng gia“'),
(1, 'G2.3', 2, 3, 'Kê khai tài sản không trung thực',
 'Kê khai tài sản, thu nhập không trung thực.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Kê khai tài sản mập mờ“'),
(1, 'G2.4', 2, 4, 'Che giấu khuyết điểm; phô trương',
 'Che giấu khuyết điểm; phô trương.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Giấu che khuyết điểm, thân cò phô trương“'),
(1, 'G2.5', 2, 5, 'Quan liêu, xa dân, vô cảm',
 'Quan liêu, xa dân, vô cảm: „thờ ơ, vô cảm, thiếu trách nhiệm trước những khó khăn, bức xúc và đòi hỏi chính đáng của nhân dân“.',
 'LABEL', 'Ý chính theo bài thơ tóm lược („Quan liêu, vô cảm, bàng quan“); đoạn trong ngoặc được baothainguyen.vn (Bảo vệ nền tảng tư tưởng của Đảng) trích là lời Nghị quyết — xếp vào mục này là suy luận'),
(1, 'G2.6', 2, 6, 'Lãng phí thời gian, tiền bạc, tài sản',
 'Lãng phí thời gian, tiền bạc, tài sản.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Thất thoát, phí phạm thời gian, bạc tiền“'),
(1, 'G2.7', 2, 7, 'Tham nhũng, lạm dụng chức quyền',
 'Tham nhũng, lạm dụng chức vụ, quyền hạn.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược („Tham ô, lạm dụng chức quyền“); hỏi đáp giadinhplus xác nhận tham nhũng, tiêu cực thuộc nhóm đạo đức, lối sống'),
(1, 'G2.8', 2, 8, 'Thao túng công tác cán bộ',
 'Lợi dụng chức vụ thao túng công tác cán bộ.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Thao túng nhân sự lợi riêng cho mình“'),
(1, 'G2.9', 2, 9, 'Sa vào tệ nạn, vi phạm đạo đức',
 'Sa vào tệ nạn, vi phạm đạo đức gia đình.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Bê tha, phạm đạo gia đình“'),
(1, 'G3.1', 3, 1, 'Phủ nhận chủ nghĩa Mác - Lênin, đòi đa nguyên',
 'Phản bác, phủ nhận chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh và các nguyên tắc tổ chức của Đảng, nhất là nguyên tắc tập trung dân chủ; đòi thực hiện “đa nguyên, đa đảng”.',
 'VERBATIM', 'boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024'),
(1, 'G3.2', 3, 2, 'Phủ nhận nền dân chủ XHCN, đòi tam quyền phân lập',
 'Phản bác, phủ nhận nền dân chủ xã hội chủ nghĩa, nhà nước pháp quyền xã hội chủ nghĩa; đòi thực hiện thể chế “tam quyền phân lập”, phát triển “xã hội dân sự”. Phủ nhận nền kinh tế thị trường định hướng xã hội chủ nghĩa, chế độ sở hữu toàn dân về đất đai.',
 'VERBATIM', 'boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024'),
(1, 'G3.3', 3, 3, 'Nói, viết, làm trái quan điểm của Đảng',
 'Nói, viết, làm trái quan điểm, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Hạ thấp, phủ nhận những thành quả cách mạng; thổi phồng khuyết điểm của Đảng, Nhà nước. Xuyên tạc lịch sử, bịa đặt, vu cáo các lãnh tụ tiền bối và lãnh đạo Đảng, Nhà nước.',
 'VERBATIM', 'boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024'),
(1, 'G3.4', 3, 4, 'Kích động bất mãn, nói xấu trên mạng xã hội',
 'Kích động tư tưởng bất mãn, bất đồng chính kiến, chống đối trong nội bộ. Lợi dụng và sử dụng các phương tiện thông tin, truyền thông, mạng xã hội để nói xấu, bôi nhọ, hạ thấp uy tín, vai trò lãnh đạo của Đảng, gây chia rẽ nội bộ, nghi ngờ trong cán bộ, đảng viên và nhân dân.',
 'VERBATIM', 'boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024'),
(1, 'G3.5', 3, 5, 'Đòi phi chính trị hóa quân đội và công an',
 'Phủ nhận vai trò lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng đối với lực lượng vũ trang; đòi “phi chính trị hóa” quân đội và công an; xuyên tạc đường lối quốc phòng toàn dân và an ninh nhân dân; chia rẽ quân đội với công an; chia rẽ nhân dân với quân đội và công an.',
 'VERBATIM', 'boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024'),
(1, 'G3.6', 3, 6, 'Móc nối, cấu kết với thế lực thù địch',
 'Móc nối, cấu kết với các thế lực thù địch, phản…',
 'LABEL', 'Phần đầu nguyên văn (boxhoidap.com, trích dẫn bị cắt); phần sau chưa tìm được. Ý chính theo bài thơ tóm lược: „Móc nối, cấu kết kẻ cơ hội, thù“'),
(1, 'G3.7', 3, 7, 'Cung cấp thông tin sai lệch trong đối ngoại',
 'Cung cấp thông tin sai lệch trong hoạt động đối ngoại.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Thông tin đối ngoại nhiễu hư“'),
(1, 'G3.8', 3, 8, 'Sáng tác, quảng bá tác phẩm lệch lạc',
 'Lôi kéo; sáng tác, quảng bá tác phẩm lệch lạc, gây dư luận xấu.',
 'LABEL', 'Chỉ có ý chính: bài thơ tóm lược (hiepdk.blogspot.com, 04/2017): „Lôi kéo, sáng tác, xấu dư luận đầy“'),
(1, 'G3.9', 3, 9, 'Tư tưởng dân tộc hẹp hòi, tôn giáo cực đoan',
 'Có tư tưởng dân tộc hẹp hòi, tôn giáo cực đoan. Lợi dụng vấn đề “dân chủ”, “nhân quyền”, dân tộc, tôn giáo để gây chia rẽ nội bộ, gây chia rẽ giữa các dân tộc, giữa các tôn giáo, giữa dân tộc và tôn giáo, giữa các dân tộc, tôn giáo với Đảng và Nhà nước.',
 'VERBATIM', 'tiengchuong123.blogspot.com/2019/08 trích là lời Nghị quyết (nguồn thứ cấp, cần đối chiếu); vị trí mục theo thuvienphapluat.vn (tiểu mục 3 mục 2)');
