import { main } from './main';

const controller = new AbortController();
// First Ctrl-C: stop taking new rows and print the summary; a second one ends at once.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
// fetch keeps idle keep-alive sockets open for seconds; exit once the output is flushed.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
