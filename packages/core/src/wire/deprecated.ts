import { agencyCodec, type Agency } from './agency';
import { dossierCodec, type Dossier, type DossierWire } from './dossier';
import { fieldCodec, type Field } from './field';
import { procedureCodec, type Procedure } from './procedure';
import {
  satisfactionSummaryCodec,
  type SatisfactionSummary,
  type SatisfactionSummaryWire,
} from './satisfaction-summary';
import { decodeWire, encodeWire } from './wire-codec';

// The most used per-record functions of 0.x, kept so code written against them (and
// branches written in parallel) keeps compiling. Every other record has only its codec.

/** @deprecated Use `decodeWire(dossierCodec, input)`. */
export const decodeDossier = (input: unknown): Dossier => decodeWire(dossierCodec, input);
/** @deprecated Use `encodeWire(dossierCodec, model)`. */
export const encodeDossier = (model: Dossier): DossierWire => encodeWire(dossierCodec, model);
/** @deprecated Use `decodeWire(procedureCodec, input)`. */
export const decodeProcedure = (input: unknown): Procedure => decodeWire(procedureCodec, input);
/** @deprecated Use `decodeWire(agencyCodec, input)`. */
export const decodeAgency = (input: unknown): Agency => decodeWire(agencyCodec, input);
/** @deprecated Use `decodeWire(fieldCodec, input)`. */
export const decodeField = (input: unknown): Field => decodeWire(fieldCodec, input);
/** @deprecated Use `encodeWire(satisfactionSummaryCodec, model)`. */
export const encodeSatisfactionSummary = (model: SatisfactionSummary): SatisfactionSummaryWire =>
  encodeWire(satisfactionSummaryCodec, model);
