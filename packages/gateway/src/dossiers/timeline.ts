import { statusInfo } from '@dvc-kit/core';
import type { DossierStatus, LocalizedText, ProgressStep, TimelineEntry } from '@dvc-kit/core';
import type { LookedUpDossier } from '@dvc-kit/client';
import { isoVietnam } from './iso-time';
import { dossierMessages } from './messages';

/** `timelineEntrySchema` limits: `by` ≤ 255, `title.vi` non-empty. */
const BY_MAX = 255;
const TITLE_MAX = 500;

const statusTitle = (status: DossierStatus): LocalizedText => {
  const info = statusInfo(status);
  return info ? { vi: info.label.vi, en: info.label.en } : dossierMessages.localize('timeline.status-updated');
};

/**
 * Who handled a step, by role only: Chức danh and Phòng ban xử lý (`ChucDanh`,
 * `PhongBanXuLy`), e.g. `Công chức tư pháp - hộ tịch, Bộ phận Một cửa`. The civil
 * servant's name (`NguoiXuLy`) is never shown: the status page is public to anyone holding
 * the code and four digits, and a citizen needs the desk to contact, not a person's name.
 */
export function stepHandler(step: Pick<ProgressStep, 'title' | 'department'>): string | undefined {
  const parts = [step.title, step.department].map((p) => p?.trim()).filter((p): p is string => Boolean(p));
  return parts.length === 0 ? undefined : parts.join(', ').slice(0, BY_MAX);
}

/** One progress step as a public timeline entry: title from Nội dung xử lý (else the status label). */
export function stepEntry(step: ProgressStep): TimelineEntry {
  const content = step.content?.trim();
  const by = stepHandler(step);
  return {
    at: isoVietnam(step.handledAt),
    status: step.status,
    title: content ? { vi: content.slice(0, TITLE_MAX) } : statusTitle(step.status),
    ...(by ? { by } : {}),
  };
}

/**
 * The public timeline of a dossier: the online submission, then the portal's progress steps
 * (`QuaTrinhXuLy`, oldest first), then — when the latest step does not already say so — the
 * current status (a status set with `DongBoTrangThaiHoSo` has no step of its own).
 *
 * @example
 * buildTimeline('2025-10-01T08:00:00+07:00', lookedUp, new Date())
 * // [{ status: 'registered', title: { vi: 'Đã nộp hồ sơ trực tuyến', … } }, { status: 'processing', title: { vi: 'Thẩm định hồ sơ' }, by: 'Công chức, Bộ phận Một cửa' }]
 */
export function buildTimeline(
  receivedAt: string,
  portal: LookedUpDossier | undefined,
  updatedAt: Date,
): TimelineEntry[] {
  const timeline: TimelineEntry[] = [
    { at: receivedAt, status: 'registered', title: dossierMessages.localize('timeline.submitted') },
  ];
  if (portal === undefined) return timeline;
  const steps = [...portal.progressSteps].sort((a, b) => a.handledAt.getTime() - b.handledAt.getTime());
  timeline.push(...steps.map(stepEntry));
  const last = timeline[timeline.length - 1] as TimelineEntry;
  if (portal.status !== last.status) {
    // The portal says when a dossier finished; otherwise the last local update, never before the last step.
    const lastStep = steps[steps.length - 1]?.handledAt;
    const known = portal.finishedAt ?? portal.returnedAt ?? portal.rejectedAt ?? updatedAt;
    const at = lastStep !== undefined && lastStep > known ? lastStep : known;
    timeline.push({
      at: isoVietnam(at),
      status: portal.status,
      title: statusTitle(portal.status),
      ...(portal.handlingUnit ? { by: portal.handlingUnit.slice(0, BY_MAX) } : {}),
    });
  }
  return timeline;
}
