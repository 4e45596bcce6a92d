import { build } from 'esbuild';
import { workspaceSources } from './workspace-sources.mjs';
const r = await build({ entryPoints: process.argv.slice(2), bundle: true, format: 'esm', minify: true, platform: 'browser', target: 'es2022', write: false, external: ['lit', 'lit/*', '@dvc-kit/core', '@dvc-kit/client/public'], plugins: [workspaceSources], logLevel: 'silent' });
console.log(r.outputFiles[0].text);
