/** The help of `dvc-gateway copy-storage`, Vietnamese first. Its own module: `--help` loads nothing else. */
export const COPY_STORAGE_HELP = `dvc-gateway copy-storage --from <sqlite file> --to <postgres URL> [--from-blobs <dir|s3://…> --to-blobs <dir|s3://…>]
dvc-gateway copy-storage --blobs-only --from <sqlite file|postgres URL> --from-blobs <dir|s3://…> --to-blobs <dir|s3://…>

Sao chép toàn bộ dữ liệu của cổng kết nối từ SQLite sang PostgreSQL, kiểm tra lại từng bảng;
với --from-blobs/--to-blobs, chép cả mọi tệp đính kèm được tham chiếu sang kho tệp mới, kiểm tra SHA-256 từng tệp.
Copy all gateway data from SQLite to an empty PostgreSQL schema and verify every table;
with --from-blobs/--to-blobs, also copy every referenced uploaded file to the new file store, each verified by SHA-256.

  --from <file>        tệp SQLite / SQLite file: .data/gateway.db or sqlite:.data/gateway.db
                       (--blobs-only: cũng có thể là PostgreSQL / may also be a PostgreSQL URL)
  --to <url>           PostgreSQL trống / empty PostgreSQL: postgres://user:pass@host:5432/db[?schema=name]
  --batch-size <n>     số dòng mỗi lần / rows per batch (default 500)
  --from-blobs <loc>   kho tệp hiện tại / current file store: thư mục dữ liệu / data directory (.data)
                       hoặc / or s3://bucket[/prefix/]
  --to-blobs <loc>     kho tệp mới / new file store, như trên / as above
  --blobs-only         chỉ chép tệp (chạy lại được) / copy only the files (safe to run again)
  -h, --help           hướng dẫn này / this help

s3://: địa chỉ, vùng, khóa lấy từ / endpoint, region and keys from GATEWAY_S3_ENDPOINT, GATEWAY_S3_REGION,
GATEWAY_S3_ACCESS_KEY_ID, GATEWAY_S3_SECRET_ACCESS_KEY, GATEWAY_S3_PATH_STYLE (như cổng kết nối / as the gateway).
Dừng cổng kết nối trước khi sao chép. Nguồn chỉ được đọc, không bao giờ bị sửa.
Stop the gateway before copying. The source is only read, never changed.
Exit 0: copied and verified. Exit 1: refused or failed (the database target is left empty; files already copied stay,
a re-run with --blobs-only finishes them). Exit 2: bad arguments.
`;
