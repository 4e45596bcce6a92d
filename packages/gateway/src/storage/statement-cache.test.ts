import Database from 'libsql';
import { expect, it } from 'vitest';
import { cachedStatements } from './statement-cache';

it('prepares each SQL text once and reuses it, also after a failed run', () => {
  const raw = new Database(':memory:');
  let prepared = 0;
  const db = cachedStatements({ prepare: (sql) => (prepared++, raw.prepare(sql)), close: () => raw.close() }, 3);
  db.prepare('create table t (k text primary key, v int)').run([]);
  const insert = 'insert into t (k, v) values (?, ?) returning v';
  expect(db.prepare(insert).all(['a', 1])).toEqual([{ v: 1 }]);
  expect(() => db.prepare(insert).all(['a', 2])).toThrow();
  expect(db.prepare(insert).all(['b', 2])).toEqual([{ v: 2 }]);
  expect(db.prepare('select v from t where k = ?').all(['b'])).toEqual([{ v: 2 }]);
  expect(prepared).toBe(3);
  // Past `max` distinct texts the cache starts over rather than growing.
  db.prepare('select 1').all([]);
  expect(db.prepare(insert).all(['c', 3])).toEqual([{ v: 3 }]);
  expect(prepared).toBe(5);
  db.close();
  expect(raw.open).toBe(false);
});
