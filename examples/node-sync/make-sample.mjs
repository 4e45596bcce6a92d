#!/usr/bin/env node
// Regenerates data/sample.csv: 50 dossiers of UBND xã Ea Bung as a provincial one-stop
// system would export them (the portal's own column names, Vietnam-time dates). Deterministic.
import { writeFileSync } from 'node:fs';

const AGENCY = '000.50.20.H66';
const PROCEDURES = [
  ['1.001193', 'Đăng ký khai sinh', 'HT', 'Hộ tịch', 1],
  ['1.000656', 'Đăng ký khai tử', 'HT', 'Hộ tịch', 1],
  ['1.000894', 'Đăng ký kết hôn', 'HT', 'Hộ tịch', 1],
  ['1.900103', 'Cấp bản sao trích lục hộ tịch', 'HT', 'Hộ tịch', 1],
  [
    '2.900201',
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp',
    'CT',
    'Chứng thực',
    1,
  ],
];
const NAMES = [
  'Y Bhin Niê',
  'H Mai Êban',
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Văn Tâm',
  'Phạm Thị Hoa',
  'Y Dhăm Mlô',
  'H Nga Byă',
  'Đỗ Minh Quân',
  'Vũ Thị Thu',
];
const STATUSES = ['2', '4', '4', '9', '10', '10', '10', '3'];
const COLUMNS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'SoGiayToChuHoSo',
  'LoaiDoiTuong',
  'SoDienThoai',
  'TrichYeuHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'TrangThaiHoSo',
  'NgayTra',
];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const rows = [COLUMNS.join(',')];
for (let i = 0; i < 50; i++) {
  const day = 1 + (i % 28);
  const [code, name, field, fieldName, limit] = PROCEDURES[i % PROCEDURES.length];
  const status = STATUSES[i % STATUSES.length];
  const received = `202510${pad(day)}${pad(7 + (i % 9))}${pad((i * 7) % 60)}00`;
  const due = `202510${pad(Math.min(day + limit + 1, 31))}170000`;
  const returned = status === '10' ? `202510${pad(Math.min(day + limit, 31))}100000` : '';
  const person = NAMES[i % NAMES.length];
  rows.push(
    [
      `${AGENCY}-2510${pad(day)}-${pad(9000 + i, 4)}`,
      code,
      name,
      field,
      fieldName,
      i % 3 === 0 ? '2' : '1',
      person,
      `0661${pad(90000000 + i * 7919, 8)}`,
      '1',
      `0905${pad(100000 + i * 37, 6)}`,
      `${name} — ${person}`,
      received,
      due,
      status,
      returned,
    ]
      .map(quote)
      .join(','),
  );
}
writeFileSync(new URL('./data/sample.csv', import.meta.url), rows.join('\n') + '\n');
console.log(`data/sample.csv: ${rows.length - 1} dossiers`);
