import type { UiMessages } from '@dvc-kit/elements';

/** A (partial) locale pack: only the keys it translates. Sample wording, for illustration. */
const ede: UiMessages = {
  'common.continue': 'Nao tal',
  'common.back': 'Lŏ wĭt',
};
export default ede;
