import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS, ethnicGroupOptions, searchEthnicGroups } from './ethnic-groups';

describe('ethnic groups', () => {
  it('has the 54 groups of the official list, coded 01–54, names unique', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(ETHNIC_GROUPS[0]).toEqual({ code: '01', name: 'Kinh', aliases: ['Việt'] });
    expect(ETHNIC_GROUPS[53]!.code).toBe('54');
    expect(new Set(ETHNIC_GROUPS.map((g) => g.name)).size).toBe(54);
    expect(ethnicGroupOptions()[11]).toEqual({ value: '12', label: { vi: 'Ê-đê' } });
  });

  it.each([
    ['ede', 'Ê-đê'],
    ['e de', 'Ê-đê'],
    ['hmong', 'Mông'],
    ['mnong', 'Mnông'],
    ['gia rai', 'Gia-rai'],
    ['KHMER', 'Khơ-me'],
    ['bru van kieu', 'Bru-Vân Kiều'],
  ])('finds %s without diacritics', (query, name) => {
    expect(searchEthnicGroups(query).map((g) => g.name)).toContain(name);
  });

  it('puts names that start with the query first; an empty query lists all', () => {
    expect(searchEthnicGroups('la')[0]!.name).toBe('Lào');
    expect(searchEthnicGroups('')).toHaveLength(54);
    expect(searchEthnicGroups('zzz')).toEqual([]);
  });
});
