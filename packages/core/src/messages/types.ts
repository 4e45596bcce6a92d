/** Message texts by code, e.g. `{ 'status.processing': 'Đang xử lý' }`. `{name}` marks a parameter. */
export type MessageMap = Readonly<Record<string, string>>;

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;
