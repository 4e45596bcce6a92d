import { APPLICANT_SECTION_ID, applicantSection, foldVietnamese } from '@dvc-kit/core';
import type {
  Agency,
  AgencyEntry,
  Channel,
  FormDefinition,
  Procedure,
  ProcedureDetail,
  ProcessingTime,
} from '@dvc-kit/core';
import { communes, provinces } from '@dvc-kit/core/units';
import { catalogueMessages } from './messages';
import { safeUrl, withSafeUrls } from './safe-url';

const CHANNEL: Record<string, Channel> = { direct: 'in-person', online: 'online', postal: 'postal' };

/** "50.000" or "50,000 đồng" → 50000; anything unreadable → 0. */
function parseVnd(text: string | undefined): number {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits === '' ? 0 : Number(digits);
}

/** Time limit from THOIGIANGIAIQUYET + DONVITINH ("Ngày làm việc", "Giờ làm việc", "Ngày"). */
function processingTime(procedure: Procedure): ProcessingTime {
  const methods = procedure.methods ?? [];
  const method = methods.find((m) => m.channel === 'online') ?? methods[0];
  const time = method?.times?.[0];
  const amount = Number((time?.duration ?? '0').replace(',', '.'));
  const unitText = foldVietnamese(time?.unit ?? '');
  const unit = unitText.includes('gio')
    ? 'working-hours'
    : unitText.includes('lam viec')
      ? 'working-days'
      : unitText === ''
        ? 'working-days'
        : 'calendar-days';
  return {
    amount: Number.isFinite(amount) && amount >= 0 ? amount : 0,
    unit,
    ...(time?.description ? { note: { vi: time.description } } : {}),
  };
}

function level(text: string | undefined): ProcedureDetail['level'] {
  const folded = foldVietnamese(text ?? '');
  if (folded.includes('xa')) return 'commune';
  if (folded.includes('tinh')) return 'province';
  return 'central';
}

/**
 * A form for procedures the portal publishes no form for: the standard applicant block
 * and one file slot per required document (THANHPHANHOSO), required when an original or
 * a copy is asked for.
 */
export function fallbackForm(procedure: Procedure): FormDefinition {
  const documents = (procedure.dossierParts ?? []).flatMap((part) => part.documents);
  const fields = documents.map((doc, i) => ({
    id: `doc${i + 1}`,
    kind: 'file' as const,
    label: { vi: doc.name },
    required: Number(doc.originals ?? '0') + Number(doc.copies ?? '0') > 0,
    ...(doc.code ? { documentCode: doc.code } : {}),
  }));
  return {
    version: 1,
    procedureCode: procedure.code,
    title: { vi: procedure.name },
    sections: [
      { ...applicantSection(), id: APPLICANT_SECTION_ID },
      ...(fields.length > 0
        ? [
            {
              id: 'documents',
              kind: 'documents' as const,
              title: catalogueMessages.localize('form.documents-section'),
              fields,
            },
          ]
        : []),
    ],
  };
}

/**
 * The public API's procedure detail from the portal's procedure (`LayThuTuc`, decoded by
 * core) and the form to show.
 */
export function toProcedureDetail(
  procedure: Procedure,
  form: FormDefinition,
  fallbackAgency: { code: string; name: string },
): ProcedureDetail {
  const field = procedure.fields?.[0];
  const methods = procedure.methods ?? [];
  const channels = [...new Set(methods.map((m) => CHANNEL[m.channel]).filter((c): c is Channel => c !== undefined))];
  const fees = new Map<string, ProcedureDetail['fees'][number]>();
  for (const time of methods.flatMap((m) => m.times ?? [])) {
    for (const fee of time.fees ?? []) {
      const code = fee.code ?? `fee${fees.size + 1}`;
      if (!fees.has(code))
        fees.set(code, {
          code,
          name: {
            ...catalogueMessages.localize('fee.default-name'),
            ...(fee.description ? { vi: fee.description } : {}),
          },
          amountVnd: parseVnd(fee.amount),
        });
    }
  }
  const agency = procedure.agencies?.[0];
  return {
    code: procedure.code,
    name: { vi: procedure.name },
    field: {
      code: field?.code ?? '',
      name: { vi: field?.name ?? catalogueMessages.localize('field.other', undefined, 'vi') },
    },
    level: level(procedure.levels?.[0]?.name),
    channels: channels.length > 0 ? channels : ['in-person'],
    ...(channels.includes('online') ? { onlineLevel: 'full' as const } : {}),
    processingTime: processingTime(procedure),
    agency: agency?.code
      ? { code: agency.code, name: { vi: agency.name } }
      : { code: fallbackAgency.code, name: { vi: fallbackAgency.name } },
    ...(procedure.applicantDescription ? { applicants: { vi: procedure.applicantDescription } } : {}),
    ...(procedure.requirements ? { requirements: { vi: procedure.requirements } } : {}),
    steps: (procedure.steps ?? []).flatMap((s) => s.steps.map((step) => ({ vi: step.name }))),
    fees: [...fees.values()],
    requiredDocuments: (procedure.dossierParts ?? []).flatMap((part) =>
      part.documents.map((doc) => {
        const templateUrl = safeUrl(doc.templateUrl);
        return {
          code: doc.code ?? '',
          name: { vi: doc.name },
          originals: Number(doc.originals ?? '0') || 0,
          copies: Number(doc.copies ?? '0') || 0,
          ...(templateUrl ? { templateUrl } : {}),
          ...(part.case ? { case: { vi: part.case } } : {}),
        };
      }),
    ),
    resultDocuments: (procedure.results ?? []).map((r) => ({ code: r.code ?? '', name: { vi: r.name } })),
    legalBases: (procedure.legalBases ?? []).map((l) => ({
      number: l.number ?? '',
      title: { vi: l.name ?? l.number ?? '' },
    })),
    form: withSafeUrls(form),
  };
}

const stripPrefix = (name: string) => foldVietnamese(name).replace(/^(ubnd|uy ban nhan dan)\s+/, '');

/**
 * The public API's agency from the portal's (`LayDanhMucCoQuan`: `MADONVI`, `TENDONVI`,
 * `CAPDONVI`). The observed answer has no parent or administrative-unit code, so units are
 * found by name: an agency named after a province ("UBND tỉnh Đắk Lắk") is that province's;
 * the others ("UBND xã Ea Bung") are communes of their parent's province — the parent is
 * `MaCoQuanCha` when the (extended) sandbox sends it, else the one province the catalogue names.
 */
export function toAgencyEntries(agencies: readonly Agency[]): AgencyEntry[] {
  const findProvince = (name: string) => provinces().find((p) => foldVietnamese(p.name) === stripPrefix(name));
  const provinceByAgency = new Map<string, string>();
  for (const agency of agencies) {
    const province = findProvince(agency.name);
    if (province) provinceByAgency.set(agency.code, province.code);
  }
  const onlyProvince = new Set(provinceByAgency.values()).size === 1 ? [...provinceByAgency.values()][0] : undefined;
  const entries: AgencyEntry[] = [];
  for (const agency of agencies) {
    const isRoot = provinceByAgency.has(agency.code);
    const provinceCode =
      provinceByAgency.get(agency.code) ?? (agency.parentCode ? provinceByAgency.get(agency.parentCode) : onlyProvince);
    if (provinceCode === undefined) continue;
    const commune = isRoot
      ? undefined
      : communes(provinceCode).find((u) => foldVietnamese(u.name) === stripPrefix(agency.name));
    entries.push({
      code: agency.code,
      name: { vi: agency.name },
      level: isRoot ? 'province' : 'commune',
      provinceCode,
      ...(commune ? { communeCode: commune.code } : {}),
    });
  }
  return entries;
}
