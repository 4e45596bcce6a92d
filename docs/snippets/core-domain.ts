import { dueDate, foldVietnamese, parseCitizenId, statusFromCode, statusGroup } from '@dvc-kit/core';

/** The domain without any I/O: identifiers, statuses, working-day deadlines, search folding. */
export function domainTour() {
  const id = parseCitizenId('066095001234'); // born in Đắk Lắk (066), male, 1995
  const status = statusFromCode('4'); // 'processing' (Đang xử lý)
  // Received Friday 16:00 Vietnam time; 1 working day → due Monday 16:00.
  const due = dueDate(new Date('2025-06-06T09:00:00Z'), 1, 'working-days');
  const folded = foldVietnamese('Đăng ký  KHAI SINH'); // 'dang ky khai sinh'
  return { id, status, group: statusGroup(status), due, folded };
}
