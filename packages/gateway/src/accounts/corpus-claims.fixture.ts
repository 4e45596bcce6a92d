/**
 * The userinfo examples of the portal-contract corpus (`sso-userinfo-dvcqg.response.json`,
 * `sso-userinfo-vneid.response.json`), copied verbatim: the shapes the gateway must read.
 * All values are invented.
 */
export const DVCQG_USERINFO: Record<string, unknown> = {
  sub: '066185001234',
  LoaiTaiKhoan: '1',
  SoDinhDanh: '066185001234',
  SoCMND: '241234567',
  MaSoThue: '',
  MaBHXH: '6612345678',
  HoChieu: '',
  HoVaTen: "H'Nhi Niê",
  GioiTinh: 2,
  DanToc: 'Ê Đê',
  TonGiao: '',
  TinhTrangHonNhan: 2,
  NhomMau: '',
  NgayThangNamSinh: '19850412',
  NoiDangKyKhaiSinh: 'Xã Ea Bung, tỉnh Đắk Lắk',
  QueQuan: 'Xã Ea Bung, tỉnh Đắk Lắk',
  ThuongTru: 'Buôn Ea Bung, xã Ea Bung, tỉnh Đắk Lắk',
  NoiOHienNay: 'Buôn Ea Bung, xã Ea Bung, tỉnh Đắk Lắk',
  QuocTich: 'Việt Nam',
  Cha: '',
  Me: '',
  VoChong: '',
  NguoiDaiDien: '',
  ChuHo: '',
  ThuDienTu: 'hnhi.nie@example.vn',
  SoDienThoai: '0935123456',
  SoDienThoaiBan: '',
  DiaChi: '',
  TrangThai: '1',
  TechID: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
  loAs: 'LoA1',
};

/** VNeID's short claim set (`LoaiTaiKhoan` and `IAL` as numbers). */
export const VNEID_USERINFO: Record<string, unknown> = {
  sub: '066185001234',
  LoaiTaiKhoan: 1,
  SoDinhDanh: '066185001234',
  HoVaTen: "H'Nhi Niê",
  NgayThangNamSinh: '19850412',
  TechID: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
  loAs: 'LoA2',
  IAL: 2,
  userProfileUri: 'https://vneid.example.gov.vn/profile',
  logoutUri: 'https://xacthuc.example.gov.vn/oidc/logout',
};

/** The corpus's `string-account-type` variant of the VNeID answer. */
export const VNEID_USERINFO_STRINGS: Record<string, unknown> = { ...VNEID_USERINFO, LoaiTaiKhoan: '1', IAL: '2' };
