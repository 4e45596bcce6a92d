import { defineMessages } from '@dvc-kit/core';

/** Texts of configuration problems (`config.ts`), by their stable `code` (`config.issue` names a setting's own problem). */
export const configMessages = defineMessages({
  vi: {
    'config.invalid': 'Cấu hình gateway không hợp lệ.',
    'config.issue': 'Giá trị không hợp lệ: {detail}',
    'config.file': 'Không đọc được tệp cấu hình {file}.',
  },
  en: {
    'config.invalid': 'The gateway configuration is invalid.',
    'config.issue': '{detail}',
    'config.file': 'Could not read the config file {file}.',
  },
});
