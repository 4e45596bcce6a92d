import { defineMessages, type Language } from '@dvc-kit/core';

const CONNECTION = {
  vi: `Kết nối (tham số thắng biến môi trường):
  --portal-url <url>   địa chỉ cổng tích hợp            (DVC_PORTAL_URL)
  --username <tên>     tên đăng nhập                    (DVC_USERNAME)
  --password <mk>      mật khẩu (nên dùng biến môi trường) (DVC_PASSWORD)
  --agency <mã>        mã đơn vị gọi, madonvi           (DVC_AGENCY)
  --lang vi|en         ngôn ngữ (mặc định vi, hoặc theo LANG)
  -h, --help           trợ giúp`,
  en: `Connection (flags win over environment variables):
  --portal-url <url>   integration adapter URL          (DVC_PORTAL_URL)
  --username <name>    login name                       (DVC_USERNAME)
  --password <pw>      password (prefer the variable)   (DVC_PASSWORD)
  --agency <code>      calling unit code, madonvi       (DVC_AGENCY)
  --lang vi|en         language (default vi, or from LANG)
  -h, --help           this help`,
};

const EXIT = {
  vi: `Mã thoát: 0 thành công · 1 không tìm thấy · 2 sai cách dùng · 3 lỗi tệp đầu vào ·
  4 lỗi cổng/đăng nhập · 5 đồng bộ một phần thất bại · 6 doctor thấy vấn đề · 70 lỗi nội bộ`,
  en: `Exit codes: 0 success · 1 not found · 2 usage · 3 input file · 4 portal/login ·
  5 partial sync failure · 6 doctor found problems · 70 internal error`,
};

/** `dvc --help`, `dvc <command> --help` texts. */
const GATEWAY = {
  vi: `Gateway (không cần tài khoản Cổng):
  --gateway <url>      địa chỉ gateway                  (DVC_GATEWAY_URL)
  --lang vi|en         ngôn ngữ (mặc định vi, hoặc theo LANG)
  -h, --help           trợ giúp`,
  en: `Gateway (no portal account needed):
  --gateway <url>      the gateway's base URL           (DVC_GATEWAY_URL)
  --lang vi|en         language (default vi, or from LANG)
  -h, --help           this help`,
};

/** A page of `dvc --help` / `dvc <command> --help`. */
export type HelpPage = 'main' | 'lookup' | 'sync' | 'report' | 'agencies' | 'doctor' | 'scoreboard';

const PAGES: Record<HelpPage, Record<Language, string>> = {
  main: {
    vi: `dvc — công cụ dòng lệnh cho Cổng Dịch vụ công quốc gia (DVC Kit)

Cách dùng: dvc <lệnh> [tham số]

Lệnh:
  lookup <mã-hồ-sơ>              tra cứu một hồ sơ
  sync <tệp.csv|tệp.ndjson>      đồng bộ hàng loạt hồ sơ lên Cổng
  report digitization            báo cáo số hóa (Bộ chỉ số 766)
  agencies --province 66         tìm mã cơ quan (qua gateway)
  doctor --gateway URL --site URL  kiểm tra trang web, gateway, CORS, mã cơ quan
  scoreboard export|import       tệp bảng chỉ số công khai cho gateway

  dvc <lệnh> --help              trợ giúp của từng lệnh
  dvc --version                  phiên bản

${CONNECTION.vi}

${EXIT.vi}
`,
    en: `dvc — command line for Vietnam's National Public Service Portal (DVC Kit)

Usage: dvc <command> [options]

Commands:
  lookup <dossier-code>          look up one dossier
  sync <file.csv|file.ndjson>    bulk-sync dossiers to the portal
  report digitization            digitization report (Decision 766 index)
  agencies --province 66         find an agency code (through the gateway)
  doctor --gateway URL --site URL  check a site, its gateway, CORS, the agency code
  scoreboard export|import       public scoreboard file for the gateway

  dvc <command> --help           help on a command
  dvc --version                  version

${CONNECTION.en}

${EXIT.en}
`,
  },
  lookup: {
    vi: `Cách dùng: dvc lookup <mã-hồ-sơ> [--json] [--show-personal-data]

Tra cứu hồ sơ trên Cổng (TraCuuHoSo). Số giấy tờ và số điện thoại của chủ hồ sơ
được che (chỉ hiện 4 số cuối) trừ khi có --show-personal-data.
  --json                 in hồ sơ dạng JSON (mô hình của @dvc-kit/core)
  --show-personal-data   hiện đầy đủ dữ liệu cá nhân

${CONNECTION.vi}

${EXIT.vi}
`,
    en: `Usage: dvc lookup <dossier-code> [--json] [--show-personal-data]

Looks a dossier up on the portal (TraCuuHoSo). The applicant's ID number and phone
are masked (last 4 digits shown) unless --show-personal-data is given.
  --json                 print the dossier as JSON (@dvc-kit/core's model)
  --show-personal-data   show personal data in full

${CONNECTION.en}

${EXIT.en}
`,
  },
  sync: {
    vi: `Cách dùng: dvc sync <tệp.csv|tệp.ndjson> [tham số]

Đọc hồ sơ từ tệp (đọc dần, không nạp cả tệp) và đồng bộ lên Cổng (DongBoHoSoMC),
mỗi hồ sơ đúng một lần. Dòng sai được báo kèm số dòng và lý do, không làm dừng cả lô.
  --format csv|ndjson    định dạng (mặc định theo đuôi tệp)
  --delimiter <k>        dấu phân cách CSV (mặc định tự nhận , ; hoặc tab)
  --report <tệp.ndjson>  ghi các mục lỗi để sửa và chạy lại: dvc sync <tệp.ndjson>
  --concurrency <n>      số lô gửi song song (mặc định 4)
  --batch-size <n>       số hồ sơ mỗi lô (mặc định 50)
  --no-progress          không hiện tiến độ

CSV: dòng đầu là tiêu đề. Cột bắt buộc: MaHoSo, MaTTHC, SoGiayToChuHoSo, NgayTiepNhan,
TrangThaiHoSo. Cột khác: TenTTHC, MaLinhVuc, TenLinhVuc (thiếu thì lấy từ LayThuTuc),
ChuHoSo, LoaiDoiTuong (mặc định 1), SoDienThoai, Email, TrichYeuHoSo, NgayHenTra,
NgayTra, NgayKetThucXuLy, NgayNopHoSo, KenhThucHien, DonViXuLy, SoBienNhan, GhiChu…
Tiêu đề có dấu cũng được ("Mã hồ sơ"). Ngày: dd/MM/yyyy HH:mm hoặc yyyyMMddHHmmss.
Trạng thái/kênh: mã (4, 2) hoặc tên ("Đang xử lý", "Trực tuyến").
NDJSON: mỗi dòng một hồ sơ dạng wire (MaHoSo…) hoặc mô hình (code…).

${CONNECTION.vi}

${EXIT.vi}
`,
    en: `Usage: dvc sync <file.csv|file.ndjson> [options]

Reads dossiers from the file (streamed, never loaded whole) and syncs them to the
portal (DongBoHoSoMC), each exactly once. Bad rows are reported with their line number
and reason and do not stop the run.
  --format csv|ndjson    input format (default: from the file name)
  --delimiter <c>        CSV delimiter (default: detected , ; or tab)
  --report <file.ndjson> write the failed items, to fix and re-run: dvc sync <file.ndjson>
  --concurrency <n>      batches in flight (default 4)
  --batch-size <n>       dossiers per batch (default 50)
  --no-progress          no progress display

CSV: the first line is the header. Required columns: MaHoSo, MaTTHC, SoGiayToChuHoSo,
NgayTiepNhan, TrangThaiHoSo. Others: TenTTHC, MaLinhVuc, TenLinhVuc (taken from LayThuTuc
when absent), ChuHoSo, LoaiDoiTuong (default 1), SoDienThoai, Email, TrichYeuHoSo,
NgayHenTra, NgayTra, NgayKetThucXuLy, NgayNopHoSo, KenhThucHien, DonViXuLy, SoBienNhan,
GhiChu… Vietnamese headers work too ("Mã hồ sơ"). Dates: dd/MM/yyyy HH:mm or
yyyyMMddHHmmss. Status/channel: the code (4, 2) or the label ("Đang xử lý", "Trực tuyến").
NDJSON: one dossier per line, wire shape (MaHoSo…) or model shape (code…).

${CONNECTION.en}

${EXIT.en}
`,
  },
  report: {
    vi: `Cách dùng: dvc report digitization [--agency <mã>] [--format table|csv|json] [--history]

Báo cáo số hóa của một đơn vị (BaoCaoSoHoa): điểm từng nhóm, tổng điểm, xếp hạng.
Mã tỉnh cho danh sách mọi xã, xếp từ cao xuống.
  --format table|csv|json   định dạng (mặc định table)
  --history                 kèm lịch sử theo tuần (một đơn vị)

${CONNECTION.vi}

${EXIT.vi}
`,
    en: `Usage: dvc report digitization [--agency <code>] [--format table|csv|json] [--history]

An agency's digitization report (BaoCaoSoHoa): score parts, total, rank. The province
code lists every commune, best first.
  --format table|csv|json   output format (default table)
  --history                 include the weekly history (one agency)

${CONNECTION.en}

${EXIT.en}
`,
  },
  agencies: {
    vi: `Cách dùng: dvc agencies --province <mã-tỉnh> [--search <tên>] [--json]

Liệt kê các cơ quan tiếp nhận (mã cơ quan) mà gateway biết trong một tỉnh
(GET /v1/agencies), để tìm mã cơ quan của xã mình cho thuộc tính agency="…".
  --province <mã>      mã tỉnh, ví dụ 66 (Đắk Lắk)
  --search <tên>       lọc theo tên, có dấu hoặc không dấu, ví dụ "ea bung"
  --json               in dạng JSON

${GATEWAY.vi}

${EXIT.vi}
`,
    en: `Usage: dvc agencies --province <code> [--search <name>] [--json]

Lists the receiving agencies (agency codes) the gateway knows in a province
(GET /v1/agencies), to find your commune's code for the agency="…" attribute.
  --province <code>    province code, e.g. 66 (Đắk Lắk)
  --search <name>      filter by name, with or without diacritics, e.g. "ea bung"
  --json               print JSON

${GATEWAY.en}

${EXIT.en}
`,
  },
  doctor: {
    vi: `Cách dùng: dvc doctor --gateway <url> [--site <url>] [--agency <mã>]

Kiểm tra những gì một trang web cần để dùng các widget: gateway trả lời và sẵn sàng,
gateway đọc được danh mục của Cổng, trang trỏ tới đúng gateway và Content-Security-Policy
cho phép, gateway cho phép trang (CORS), mã cơ quan có thật và có thủ tục. Mỗi vấn đề
được in kèm cách sửa.
  --site <url>         trang web có các widget (mã cơ quan được đọc từ agency="…")
  --agency <mã>        mã cơ quan cần kiểm tra (có thể lặp lại)

${GATEWAY.vi}

${EXIT.vi}
`,
    en: `Usage: dvc doctor --gateway <url> [--site <url>] [--agency <code>]

Checks what a website needs to use the widgets: the gateway answers and is ready, it
reads the portal's catalogue, the page points at it and its Content-Security-Policy
allows it, the gateway allows the site (CORS), the agency code exists and has
procedures. Each problem is printed with its fix.
  --site <url>         the page with the widgets (agency codes are read from agency="…")
  --agency <code>      an agency code to check (repeatable)

${GATEWAY.en}

${EXIT.en}
`,
  },
  scoreboard: {
    vi: `Cách dùng:
  dvc scoreboard export --url <địa chỉ> --out <tệp.json> [--province 66] [--year 2025]
  dvc scoreboard import <câu-trả-lời.json> --out <tệp.json> --exported-at <thời điểm ISO> [--source <địa chỉ>]

Tạo tệp bảng chỉ số công khai (report_tinh_766_service; không chính thức) cho gateway
(cấu hình scoreboard.file / GATEWAY_SCOREBOARD_FILE). export hỏi trang công khai (POST, trường
params); import kiểm tra một câu trả lời đã lưu từ trình duyệt. Tệp ghi thời điểm lấy số liệu,
để bảng chỉ số nói số liệu mới đến đâu.
  --service <tên>         dịch vụ báo cáo (mặc định report_tinh_766_service)

${EXIT.vi}
`,
    en: `Usage:
  dvc scoreboard export --url <address> --out <file.json> [--province 66] [--year 2025]
  dvc scoreboard import <answer.json> --out <file.json> --exported-at <ISO time> [--source <address>]

Writes a public scoreboard file (report_tinh_766_service; unofficial) for the gateway
(config scoreboard.file / GATEWAY_SCOREBOARD_FILE). export asks the public page (POST, form field
params); import checks an answer saved from a browser. The file records when the figures were
taken, so the board can say how fresh they are.
  --service <name>        report service (default report_tinh_766_service)

${EXIT.en}
`,
  },
};

const pagesIn = (language: Language) =>
  Object.fromEntries(Object.entries(PAGES).map(([page, texts]) => [page, texts[language]])) as Record<HelpPage, string>;

/**
 * The help pages as a message book, like every other text of the CLI: one code per page.
 *
 * @example helpBook.localize('lookup', undefined, 'en') // 'Usage: dvc lookup <dossier-code> …'
 */
export const helpBook = defineMessages({ vi: pagesIn('vi'), en: pagesIn('en') });
