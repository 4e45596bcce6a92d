/**
 * Test identities of the sandbox's sign-in page — like a payment sandbox's test cards.
 * Claim names and shapes follow the corpus (`sso-userinfo-dvcqg.response.json`: the long
 * DVCQG account set; `sso-userinfo-vneid.response.json`: the short VNeID set). All values
 * are invented.
 */

/** Where an identity's claims come from: a DVCQG account (long set) or VNeID (short set). */
export type IdentitySource = 'dvcqg' | 'vneid';

/** Userinfo claims as the provider sends them (wire names, mixed string/number types as observed). */
export type WireClaims = Record<string, string | number>;

/** One test identity the sign-in page offers. */
export interface TestIdentity {
  /** Account id — wire: TechID (also the provider's account id). */
  techId: string;
  source: IdentitySource;
  /** One line shown on the sign-in page (no claims beyond the name and kind). */
  label: string;
  /** Userinfo claims, `sub` included. */
  claims: WireClaims;
}

const dvcqg = (claims: WireClaims): WireClaims => ({
  SoCMND: '',
  MaSoThue: '',
  MaBHXH: '',
  HoChieu: '',
  DanToc: 'Kinh',
  TonGiao: '',
  TinhTrangHonNhan: 1,
  NhomMau: '',
  QuocTich: 'Việt Nam',
  Cha: '',
  Me: '',
  VoChong: '',
  NguoiDaiDien: '',
  ChuHo: '',
  SoDienThoaiBan: '',
  DiaChi: '',
  TrangThai: '1',
  loAs: 'LoA1',
  ...claims,
});

/** The seeded test citizens (stable across restarts, so tests and demos can name them). */
export const TEST_IDENTITIES: readonly TestIdentity[] = [
  {
    techId: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
    source: 'dvcqg',
    label: "H'Nhi Niê — tài khoản DVCQG (công dân)",
    claims: dvcqg({
      sub: '066185001234',
      LoaiTaiKhoan: '1',
      SoDinhDanh: '066185001234',
      SoCMND: '241234567',
      MaBHXH: '6612345678',
      HoVaTen: "H'Nhi Niê",
      GioiTinh: 2,
      DanToc: 'Ê Đê',
      TinhTrangHonNhan: 2,
      NgayThangNamSinh: '19850412',
      NoiDangKyKhaiSinh: 'Xã Ea Bung, tỉnh Đắk Lắk',
      QueQuan: 'Xã Ea Bung, tỉnh Đắk Lắk',
      ThuongTru: 'Buôn Ea Bung, xã Ea Bung, tỉnh Đắk Lắk',
      NoiOHienNay: 'Buôn Ea Bung, xã Ea Bung, tỉnh Đắk Lắk',
      ThuDienTu: 'hnhi.nie@example.vn',
      SoDienThoai: '0935123456',
      TechID: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
    }),
  },
  {
    techId: '8b2d4f60-7a1c-4e3b-9d5f-0c6e2a8b4d71',
    source: 'dvcqg',
    label: 'Trần Văn Bình — tài khoản DVCQG (công dân, số nguyên)',
    claims: dvcqg({
      sub: '066052004321',
      LoaiTaiKhoan: 1,
      SoDinhDanh: '066052004321',
      HoVaTen: 'Trần Văn Bình',
      GioiTinh: 1,
      NgayThangNamSinh: '19520903',
      NoiDangKyKhaiSinh: 'Xã Krông Pắc, tỉnh Đắk Lắk',
      QueQuan: 'Xã Krông Pắc, tỉnh Đắk Lắk',
      ThuongTru: 'Thôn 2, xã Krông Pắc, tỉnh Đắk Lắk',
      NoiOHienNay: 'Thôn 2, xã Krông Pắc, tỉnh Đắk Lắk',
      ThuDienTu: '',
      SoDienThoai: '0912345678',
      TechID: '8b2d4f60-7a1c-4e3b-9d5f-0c6e2a8b4d71',
    }),
  },
  {
    techId: '3e9a1c5b-2f7d-4a6e-8c0b-5d1f9e3a7c24',
    source: 'vneid',
    label: 'Y Blu Êban — VNeID (mức 2)',
    claims: {
      sub: '066098007788',
      LoaiTaiKhoan: 1,
      SoDinhDanh: '066098007788',
      HoVaTen: 'Y Blu Êban',
      NgayThangNamSinh: '19980115',
      TechID: '3e9a1c5b-2f7d-4a6e-8c0b-5d1f9e3a7c24',
      loAs: 'LoA2',
      IAL: 2,
      userProfileUri: 'https://vneid.example.gov.vn/profile',
      logoutUri: 'https://xacthuc.example.gov.vn/oidc/logout',
    },
  },
  {
    techId: 'c7d3b9e1-6a2f-4d8c-b0e5-1f4a7c9d2e68',
    source: 'dvcqg',
    label: 'Hợp tác xã Cà phê Ea Bung — tài khoản DVCQG (doanh nghiệp)',
    claims: dvcqg({
      sub: '6001234567',
      LoaiTaiKhoan: '2',
      SoDinhDanh: '066190005566',
      HoVaTen: 'Lê Thị Mai',
      GioiTinh: 2,
      NgayThangNamSinh: '19900520',
      MaSoThue: '6001234567',
      MaSoDoanhNghiep: '6001234567',
      TenDoanhNghiep: 'Hợp tác xã Cà phê Ea Bung',
      DiaChi: 'Thôn 3, xã Ea Bung, tỉnh Đắk Lắk',
      ThuongTru: 'Thôn 3, xã Ea Bung, tỉnh Đắk Lắk',
      ThuDienTu: 'htx.eabung@example.vn',
      SoDienThoai: '0262381234',
      TechID: 'c7d3b9e1-6a2f-4d8c-b0e5-1f4a7c9d2e68',
    }),
  },
];

/** Fields of the sign-in page's "own test identity" form. */
export interface OwnIdentityInput {
  fullName: string;
  citizenId: string;
  /** `yyyyMMdd`, as the corpus's NgayThangNamSinh. */
  birthDate: string;
  phone?: string;
  source: IdentitySource;
}

/** Builds a test identity from what a developer typed on the sign-in page. */
export function ownIdentity(input: OwnIdentityInput, techId: string): TestIdentity {
  const base: WireClaims = {
    sub: input.citizenId,
    LoaiTaiKhoan: input.source === 'vneid' ? 1 : '1',
    SoDinhDanh: input.citizenId,
    HoVaTen: input.fullName,
    NgayThangNamSinh: input.birthDate,
    TechID: techId,
  };
  const claims =
    input.source === 'vneid'
      ? { ...base, loAs: 'LoA2', IAL: 2 }
      : dvcqg({ ...base, SoDienThoai: input.phone ?? '', ThuDienTu: '', ThuongTru: '', NoiOHienNay: '' });
  return {
    techId,
    source: input.source,
    label: `${input.fullName} — ${input.source === 'vneid' ? 'VNeID' : 'DVCQG'}`,
    claims,
  };
}

/** Every claim name either set uses (what the provider advertises and releases for `openid`). */
export const CLAIM_NAMES: readonly string[] = [
  ...new Set(
    TEST_IDENTITIES.flatMap((identity) => Object.keys(identity.claims)).concat(['MaSoDoanhNghiep', 'TenDoanhNghiep']),
  ),
].filter((name) => name !== 'sub');
