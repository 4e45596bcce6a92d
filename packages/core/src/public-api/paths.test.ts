import { describe, expect, it } from 'vitest';
import {
  PUBLIC_API_PATHS,
  agencyDigitizationPath,
  dossierPath,
  dossierRatingPath,
  procedurePath,
  proceduresPath,
  unitsPath,
} from './paths';

describe('public API paths', () => {
  it('builds concrete, encoded paths', () => {
    expect(procedurePath('1.001193')).toBe('/v1/procedures/1.001193');
    expect(dossierPath('000.24.66.H66-250701-0007', '5678')).toBe('/v1/dossiers/000.24.66.H66-250701-0007?verify=5678');
    expect(dossierPath('a/b c')).toBe('/v1/dossiers/a%2Fb%20c');
    expect(dossierRatingPath('X-1')).toBe('/v1/dossiers/X-1/rating');
    expect(agencyDigitizationPath('H56.14')).toBe('/v1/agencies/H56.14/digitization');
    expect(proceduresPath({ q: 'khai sinh', agency: undefined, page: 2 })).toBe('/v1/procedures?q=khai+sinh&page=2');
    expect(unitsPath()).toBe(PUBLIC_API_PATHS.units);
  });
});
