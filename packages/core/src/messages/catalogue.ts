import { calendarMessages } from '../calendar/messages';
import type { Language } from '../errors/dvc-error';
import { formMessages } from '../forms/messages';
import { identifierMessages } from '../identifiers/messages';
import { wireMessages } from '../wire/messages';
import { coreMessages } from './core-messages';
import type { MessageMap } from './types';

/** Each area's message book (`defineMessages`); codes are namespaced per area (`wire.*`, `form.*`, …). */
const areas: readonly Readonly<Record<Language, MessageMap>>[] = [
  coreMessages.texts,
  wireMessages.texts,
  identifierMessages.texts,
  formMessages.texts,
  calendarMessages.texts,
];

/**
 * Every shipped message, by language, composed from the areas' maps: statuses and
 * labels, wire and portal errors, identifiers, forms and the working-time calendar.
 *
 * @example MESSAGES.en['status.processing'] // 'Processing'
 */
export const MESSAGES: Readonly<Record<Language, MessageMap>> = {
  vi: Object.assign({}, ...areas.map((area) => area.vi)),
  en: Object.assign({}, ...areas.map((area) => area.en)),
};
