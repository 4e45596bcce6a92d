import { dossierCodec, type Dossier, type DossierWire } from './dossier';
import { decodeWire, encodeWire } from './wire-codec';

// The dossier's own functions of 0.x, the ones the guides and users' code call, kept so that
// code keeps compiling. Every other record has only its codec.

/** @deprecated Use `decodeWire(dossierCodec, input)`. */
export const decodeDossier = (input: unknown): Dossier => decodeWire(dossierCodec, input);
/** @deprecated Use `encodeWire(dossierCodec, model)`. */
export const encodeDossier = (model: Dossier): DossierWire => encodeWire(dossierCodec, model);
