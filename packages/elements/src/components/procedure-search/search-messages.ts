import type { requestMessages } from '../../internal/client/request-messages';
import type { UiMessageKey } from '../../internal/i18n/messages-vi';

/** Strings of `<dvc-procedure-search>` (registered when its module loads). */
export const searchMessages = {
  vi: {
    'search.label': 'Tìm thủ tục hành chính',
    'search.hint': 'Gõ tên thủ tục, có dấu hoặc không dấu. Ví dụ: khai sinh',
    'search.searching': 'Đang tìm…',
    'search.count': 'Tìm thấy {count} thủ tục.',
    'search.more': 'Đang hiện {shown} trên {total} thủ tục. Gõ thêm từ để thu hẹp kết quả.',
    'search.empty':
      'Không tìm thấy thủ tục nào cho “{query}”. Hãy thử từ ngắn hơn (ví dụ “khai sinh”), kiểm tra chính tả, hoặc hỏi bộ phận một cửa của xã.',
    'search.error': 'Không tải được danh sách thủ tục. Kiểm tra kết nối mạng rồi bấm “Thử lại”.',
    'search.code': 'Mã {code}',
    'search.time': 'Thời hạn: {time}',
    'search.fee': 'Lệ phí: {fee}',
    'search.free': 'Miễn phí',
    'time.working-days': '{amount} ngày làm việc',
    'time.working-hours': '{amount} giờ làm việc',
    'time.calendar-days': '{amount} ngày',
    'time.same-day': 'Trong ngày',
  },
  en: {
    'search.label': 'Find a public service',
    'search.hint': 'Type the name of the service, e.g. birth registration',
    'search.searching': 'Searching…',
    'search.count': '{count} services found.',
    'search.more': 'Showing {shown} of {total} services. Type more words to narrow the results.',
    'search.empty':
      'No service matches “{query}”. Try fewer words (e.g. “birth”), check the spelling, or ask the commune one-stop office.',
    'search.error': 'The list of services could not be loaded. Check your connection, then press “Try again”.',
    'search.code': 'Code {code}',
    'search.time': 'Time limit: {time}',
    'search.fee': 'Fee: {fee}',
    'search.free': 'Free',
    'time.working-days': '{amount} working day(s)',
    'time.working-hours': '{amount} working hour(s)',
    'time.calendar-days': '{amount} day(s)',
    'time.same-day': 'Same day',
  },
} as const;

/** Keys `<dvc-procedure-search>` may translate. */
export type SearchMessageKey = keyof typeof searchMessages.vi | keyof typeof requestMessages.vi | UiMessageKey;
