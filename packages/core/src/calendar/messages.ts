import { defineMessages } from '../messages/define-messages';

/** Messages of every {@link CalendarError} code, in Vietnamese (default) and English. */
export const calendarMessages = defineMessages({
  vi: {
    'calendar.shift.invalid':
      'Ca làm việc không hợp lệ: giờ phải có dạng HH:mm, ca sau bắt đầu sau khi ca trước kết thúc.',
    'calendar.date.invalid': 'Ngày không hợp lệ; cần dạng yyyy-MM-dd hoặc một thời điểm hợp lệ.',
    'calendar.amount.invalid': 'Thời hạn giải quyết phải là một số không âm.',
    'calendar.no-working-time': 'Lịch làm việc không có ngày làm việc nào trong hai năm tới.',
  },
  en: {
    'calendar.shift.invalid':
      'Invalid working shifts: times must be HH:mm and each shift must start after the previous one ends.',
    'calendar.date.invalid': 'Invalid date; expected yyyy-MM-dd or a valid instant.',
    'calendar.amount.invalid': 'The time limit must be a non-negative number.',
    'calendar.no-working-time': 'The work calendar has no working day in the next two years.',
  },
});

/** Stable code of a {@link CalendarError}. */
export type CalendarErrorCode = (typeof calendarMessages.codes)[number];
