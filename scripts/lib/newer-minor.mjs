// A stand-in for the next minor release of a dependency, for the release check that an app on a
// newer minor of lit or zod than DVC Kit's ends with one copy of each (caret ranges dedupe).
// No newer minor may be published yet (lit 3.3.3 and zod 4.6.7 are the newest in December 2026),
// so the package's real published tarball is taken and only its version is relabelled x.(y+1).0.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Packs `name@version` from the registry into `dir`, relabelled as the next minor version.
 * @param {string} name e.g. `lit`
 * @param {string} version the version DVC Kit depends on, e.g. `3.3.3`
 * @param {string} dir a scratch directory
 * @returns {{ version: string, spec: string }} the new version and a `file:` spec of its tarball
 */
export function nextMinorTarball(name, version, dir) {
  const [major, minor] = version.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  const work = join(dir, `${name}-next`);
  mkdirSync(work, { recursive: true });
  const packed = execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: work, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', packed], { cwd: work });
  const manifest = join(work, 'package', 'package.json');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: next }, null, 2));
  const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
    cwd: join(work, 'package'),
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  return { version: next, spec: `file:${join(work, tarball)}` };
}

/**
 * Every installed copy of `name` under `dir`'s node_modules, as `path@version`.
 * @param {string} dir a project directory
 * @param {string} name a package name
 * @returns {string[]}
 */
export function installedCopies(dir, name) {
  const found = [];
  const walk = (modules) => {
    let entries;
    try {
      entries = readdirSync(modules, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const pkgDirs = e.name.startsWith('@')
        ? readdirSync(join(modules, e.name)).map((n) => join(modules, e.name, n))
        : [join(modules, e.name)];
      for (const pkgDir of pkgDirs) {
        try {
          const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
          if (pkg.name === name) found.push(`${pkgDir.slice(dir.length + 1)}@${pkg.version}`);
        } catch {
          /* not a package */
        }
        walk(join(pkgDir, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return found;
}
