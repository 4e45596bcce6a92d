import { DOSSIER_STATUSES } from '../status/dossier-status';
import { defineMessages } from './define-messages';
import type { MessageMap } from './types';

const statusLabels = (language: 'vi' | 'en'): MessageMap =>
  Object.fromEntries(DOSSIER_STATUSES.map((s) => [`status.${s.name}`, s.label[language]]));

/**
 * Messages of statuses and of the labels later packages show (channels, applicant kinds,
 * timeliness, satisfaction, digitization). Status labels come from `DOSSIER_STATUSES`,
 * their one source. Wire and portal errors live in `wire/messages.ts`.
 */
export const coreMessages = defineMessages({
  vi: {
    ...statusLabels('vi'),
    'status.unknown': 'Trạng thái chưa xác định ({code})',
    'status-group.in-progress': 'Đang giải quyết',
    'status-group.paused': 'Tạm dừng',
    'status-group.finished': 'Đã kết thúc',
    'status-group.unknown': 'Chưa xác định',

    'channel.direct': 'Trực tiếp',
    'channel.online': 'Trực tuyến',
    'channel.postal': 'Bưu chính công ích',
    'applicant-kind.citizen': 'Công dân',
    'applicant-kind.business': 'Doanh nghiệp',
    'applicant-kind.state-agency': 'Cơ quan nhà nước',
    'applicant-kind.organization': 'Tổ chức/Khác',
    'timeliness.early': 'Trước hạn',
    'timeliness.on-time': 'Đúng hạn',
    'timeliness.late': 'Quá hạn',
    'satisfaction.very-satisfied': 'Rất hài lòng',
    'satisfaction.satisfied': 'Hài lòng',
    'satisfaction.dissatisfied': 'Không hài lòng',
    'digitization.not-digitized': 'Chưa số hóa',
    'digitization.digitized': 'Được số hóa',
    'digitization.reused': 'Tái sử dụng',
    'digitization.reused-from-result': 'Tái sử dụng từ kết quả hồ sơ khác',
    'value.unknown': 'Giá trị chưa xác định ({value})',
  },
  en: {
    ...statusLabels('en'),
    'status.unknown': 'Unknown status ({code})',
    'status-group.in-progress': 'In progress',
    'status-group.paused': 'Paused',
    'status-group.finished': 'Finished',
    'status-group.unknown': 'Unknown',

    'channel.direct': 'In person',
    'channel.online': 'Online',
    'channel.postal': 'By public postal service',
    'applicant-kind.citizen': 'Citizen',
    'applicant-kind.business': 'Business',
    'applicant-kind.state-agency': 'State agency',
    'applicant-kind.organization': 'Organisation/other',
    'timeliness.early': 'Early',
    'timeliness.on-time': 'On time',
    'timeliness.late': 'Late',
    'satisfaction.very-satisfied': 'Very satisfied',
    'satisfaction.satisfied': 'Satisfied',
    'satisfaction.dissatisfied': 'Not satisfied',
    'digitization.not-digitized': 'Not digitized',
    'digitization.digitized': 'Digitized',
    'digitization.reused': 'Reused',
    'digitization.reused-from-result': "Reused from another dossier's result",
    'value.unknown': 'Unknown value ({value})',
  },
});
