/**
 * Example wire payloads reconstructed from domain.md §1 (shapes from public one-stop
 * systems; values invented but realistic, Thanh Hóa H56). Used by tests.
 */

/** A direct-channel dossier received at 08:30 on 27/10/2023, Vietnam time. */
export const dossierWire = {
  MaHoSo: '000.00.06.H56-231027-0361',
  MaTTHC: '1.001193',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  MaLinhVuc: 'G09-TP03',
  TenLinhVuc: 'Hộ tịch',
  KenhThucHien: '1',
  SoGiayToChuHoSo: '038190012345',
  ChuHoSo: 'Lê Thị Hoa',
  LoaiDoiTuong: '1',
  ThongTinKhac: '',
  Email: '',
  Fax: '',
  SoDienThoai: '0912345678',
  TrichYeuHoSo: 'Đăng ký khai sinh cho cháu Nguyễn Văn An',
  NgayTiepNhan: '20231027083000',
  NgayHenTra: '20231030170000',
  TrangThaiHoSo: '10',
  NgayTra: '20231030093000',
  ThongTinTra: 'Trả trực tiếp tại Bộ phận Một cửa',
  HinhThuc: '0',
  NgayKetThucXuLy: '20231030080000',
  DonViXuLy: 'UBND phường Điện Biên',
  GhiChu: '',
  NgayTuChoi: '',
  NgayNopHoSo: '20231027083000',
  NoiNopHoSo: '1',
  HoSoCoThanhPhanSoHoa: '1',
  TaiKhoanDuocXacThucVoiVNeID: '0',
  DuocThanhToanTrucTuyen: '3',
  TaiLieuNop: [
    {
      TepDinhKemId: '',
      TenTepDinhKem: 'To-khai-dang-ky-khai-sinh.pdf',
      IsDeleted: 'False',
      MaThanhPhanHoSo: 'TP01',
      DuongDanTaiTepTin: 'https://dichvucong.thanhhoa.gov.vn/files/2023/10/27/to-khai.pdf',
      DuocSoHoa: '1',
      DuocTaiSuDung: '0',
      DuocLayTuKhoDMQG: '0',
      MaKetQuaThayThe: '',
    },
  ],
  DanhSachLePhi: [
    { TenPhiLePhi: 'Lệ phí đăng ký khai sinh', MaPhiLePhi: 'LP01', HinhThucThu: '1', Gia: '0', LoaiPhiLePhi: '2' },
  ],
  DanhSachTepDinhKemKhac: [],
  DanhSachHoSoBoSung: [],
  DanhSachGiayToKetQua: [
    {
      TenGiayTo: 'Giấy khai sinh (bản điện tử)',
      MaThanhPhanHoSo: '',
      GiayToId: '',
      DuongDanTepTinKetQua: 'https://dichvucong.thanhhoa.gov.vn/files/2023/10/30/giay-khai-sinh.pdf',
      MaGiayToKetQua: 'KQ.G09-TP03.01',
    },
  ],
  DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '038190012345' }],
  DSKetNoiCSDL: [{ MaCSDL: '7' }],
};

/** One processing step of that dossier. */
export const progressStepWire = {
  MaHoSo: '000.00.06.H56-231027-0361',
  NguoiXuLy: 'Trần Văn Bình',
  ChucDanh: 'Công chức Tư pháp - Hộ tịch',
  ThoiDiemXuLy: '20231027083000',
  PhongBanXuLy: 'Bộ phận Một cửa',
  NoiDungXuLy: 'Tiếp nhận hồ sơ',
  TrangThai: '2',
  NgayBatDau: '20231027083000',
  NgayKetThucTheoQuyDinh: '',
};

/** A `LayThuTuc` result item (uppercase). */
export const procedureWire = {
  MATTHC: '1.001193',
  TENTTHC: 'Thủ tục đăng ký khai sinh',
  LOAITTHC: '1',
  CAPTHUCHIEN: [{ CAPTHUCHIEN: '4', TENCAP: 'Cấp Xã' }],
  TRANGTHAI: '1',
  IDQUYETDINHCONGBO: '1234',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G09-TP03', TENLINHVUC: 'Hộ tịch' }],
  TRINHTUTHUCHIEN: [{ TRUONGHOP: '', TRINHTU: [{ TENTRINHTU: 'Nộp hồ sơ' }, { TENTRINHTU: 'Nhận kết quả' }] }],
  CACHTHUCTHUCHIEN: [
    {
      KENH: '1',
      THOIGIAN: [
        {
          THOIGIANGIAIQUYET: '1',
          DONVITINH: 'Ngày làm việc',
          MOTA: '',
          PHILEPHI: [{ MAPHILEPHI: 'LP01', SOTIEN: '0', DONVI: 'Đồng', MOTA: 'Miễn lệ phí' }],
        },
      ],
    },
    { KENH: '2', THOIGIAN: [{ THOIGIANGIAIQUYET: '1', DONVITINH: 'Ngày làm việc' }] },
  ],
  THANHPHANHOSO: [
    {
      GIAYTO: [
        {
          MAGIAYTO: 'TP01',
          TENGIAYTO: 'Tờ khai đăng ký khai sinh',
          SOBANCHINH: '1',
          SOBANSAO: '0',
          TENMAUDON: 'Mẫu TK01',
          URL: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc',
        },
      ],
    },
  ],
  KETQUATHUCHIEN: [{ MAKETQUA: 'KQ.G09-TP03.01', TENKETQUA: 'Giấy khai sinh' }],
  CANCUPHAPLY: [{ SOVANBAN: '60/2014/QH13', TENVANBAN: 'Luật Hộ tịch' }],
  COQUANTHUCHIEN: [{ MADONVI: '000.00.06.H56', TENDONVI: 'UBND phường Điện Biên' }],
};

/** A monthly satisfaction summary. */
export const satisfactionSummaryWire = {
  NgayTongHop: '7-2025',
  TongSoNguoiDanhGia: 120,
  PhanTramDanhGiaRatHaiLong: '85%',
  PhanTramDanhGiaHaiLong: '12.5%',
  PhanTramDanhGiaChuaHaiLong: '2.5%',
  PhanTramDanhGiaDichVuRatHaiLong: '80%',
  PhanTramDanhGiaDichVuHaiLong: '15%',
  PhanTramDanhGiaDichVuChuaHaiLong: '5%',
  DanhSachNoiDungYKien: '',
  NoiDung: 'Cán bộ tiếp nhận có hướng dẫn tận tình không?',
  Madonvi: '000.00.06.H56',
  TenDonVi: 'UBND phường Điện Biên',
};
