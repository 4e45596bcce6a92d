/**
 * UI strings of `<dvc-digitization-board>`. Registered (vi, en) when the widget's module loads, so other widgets'
 * bundles do not carry them; a locale pack may translate any key.
 */
export const boardMessages = {
  vi: {
    'board.title': 'Chỉ số phục vụ người dân, doanh nghiệp',
    'board.loading': 'Đang tải chỉ số…',
    'board.not-found': 'Chưa có số liệu của cơ quan này.',
    'board.no-report':
      'Cổng Dịch vụ công chưa cung cấp báo cáo chỉ số cho cơ quan này, nên chưa có số liệu để hiển thị (đây không phải 0 điểm).',
    'board.source.public-scoreboard':
      'Nguồn: bảng chỉ số công khai trên Cổng Dịch vụ công quốc gia (số liệu không chính thức), lấy lúc {time}.',
    'board.source.report-file':
      'Nguồn: báo cáo quản trị viên lấy từ bảng chỉ số công khai của Cổng Dịch vụ công quốc gia lúc {time}.',
    'board.source.portal-report': 'Nguồn: báo cáo chỉ số của Cổng Dịch vụ công, lấy lúc {time}.',
    'board.stale': 'Số liệu đã cũ {days} ngày.',
    'board.total': 'Tổng điểm',
    'board.out-of': '{points} / {max} điểm',
    'board.not-reported': 'Chưa có số liệu',
    'board.excluded': 'Chưa gồm: {parts} (chưa có số liệu)',
    'board.rank': 'Hạng {position}/{of}',
    'board.rank-detail': 'Xếp hạng trong {of} đơn vị của tỉnh',
    'board.period': 'Kỳ đánh giá: {from} – {to}',
    'board.parts': 'Điểm thành phần',
    'board.part.publicity': 'Công khai, minh bạch',
    'board.part.progress': 'Tiến độ giải quyết',
    'board.part.onlineService': 'Dịch vụ công trực tuyến',
    'board.part.onlinePayment': 'Thanh toán trực tuyến',
    'board.part.satisfaction': 'Mức độ hài lòng',
    'board.part.digitization': 'Số hóa hồ sơ',
    'board.trend': 'Diễn biến theo tuần',
    'board.trend-desc':
      'Tổng điểm {count} tuần: từ {first} (tuần {firstWeek}) đến {last} (tuần {lastWeek}); cao nhất {max}, thấp nhất {min}.',
    'board.trend-empty': 'Chưa có số liệu theo tuần.',
    'board.show-table': 'Xem dạng bảng',
    'board.show-chart': 'Xem dạng biểu đồ',
    'board.week': 'Tuần bắt đầu',
    'board.score': 'Điểm',
    'board.rank-short': 'Hạng',
    'board.digitized': 'Tỷ lệ hồ sơ số hóa',
  },
  en: {
    'board.title': 'Public service index',
    'board.loading': 'Loading the index…',
    'board.not-found': 'There are no figures for this agency yet.',
    'board.no-report':
      'The portal has not provided a scoreboard report for this agency, so there are no figures to show (this is not a score of 0).',
    'board.source.public-scoreboard':
      'Source: the public scoreboard of the National Public Service Portal (unofficial figures), read at {time}.',
    'board.source.report-file':
      'Source: a report the administrator took from the portal’s public scoreboard at {time}.',
    'board.source.portal-report': 'Source: the portal’s scoreboard report, read at {time}.',
    'board.stale': 'These figures are {days} days old.',
    'board.total': 'Total score',
    'board.out-of': '{points} / {max} points',
    'board.not-reported': 'Not reported',
    'board.excluded': 'Not included: {parts} (not reported)',
    'board.rank': 'Rank {position}/{of}',
    'board.rank-detail': 'Ranked among {of} units of the province',
    'board.period': 'Period: {from} – {to}',
    'board.parts': 'Score parts',
    'board.part.publicity': 'Publicity and transparency',
    'board.part.progress': 'Processing on time',
    'board.part.onlineService': 'Online public services',
    'board.part.onlinePayment': 'Online payment',
    'board.part.satisfaction': 'Satisfaction',
    'board.part.digitization': 'Dossier digitization',
    'board.trend': 'Weekly trend',
    'board.trend-desc':
      'Total score over {count} weeks: from {first} (week of {firstWeek}) to {last} (week of {lastWeek}); highest {max}, lowest {min}.',
    'board.trend-empty': 'No weekly figures yet.',
    'board.show-table': 'Show as a table',
    'board.show-chart': 'Show as a chart',
    'board.week': 'Week starting',
    'board.score': 'Score',
    'board.rank-short': 'Rank',
    'board.digitized': 'Share of digitized dossiers',
  },
} as const;
