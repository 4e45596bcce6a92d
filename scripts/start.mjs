#!/usr/bin/env node
// `pnpm start`: filled in by the gateway and examples work (sandbox + gateway + commune site).
console.log('DVC Kit: nothing to start yet — run `pnpm test`.');
