import type { TestIdentity } from './test-citizens';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/**
 * The sandbox provider's sign-in page: every seeded test identity as one button (like a
 * payment sandbox's test cards), and a form to sign in as one's own test identity.
 * Plain HTML forms: keyboard-complete, no script.
 */
export function signInPage(options: {
  action: string;
  abort: string;
  identities: readonly TestIdentity[];
  acr?: string;
  error?: string;
}): string {
  const cards = options.identities
    .map(
      (
        identity,
      ) => `<li><button type="submit" name="identity" value="${escape(identity.techId)}">${escape(identity.label)}</button>
<small>Số định danh ${escape(String(identity.claims.SoDinhDanh ?? ''))} · ${identity.source === 'vneid' ? 'bộ thông tin rút gọn VNeID' : 'bộ thông tin đầy đủ DVCQG'}</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Đăng nhập thử — Sandbox SSO (DVCQG / VNeID)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
ul{list-style:none;padding:0}li{margin:.5rem 0}button{font:inherit;padding:.5rem 1rem;cursor:pointer}
li button{display:block;width:100%;text-align:left}small{color:#444}label{display:block;margin:.5rem 0 0}
input,select{font:inherit;padding:.25rem;width:100%;box-sizing:border-box}fieldset{margin:1.5rem 0}
[role=alert]{color:#a00;font-weight:600}</style></head>
<body><main>
<h1>Đăng nhập thử <span lang="en">(Test sign-in)</span></h1>
<p>Đây là nhà cung cấp định danh của sandbox DVC Kit, không phải Cổng DVCQG thật. Mức xác thực yêu cầu: ${escape(options.acr ?? 'LoA1')}.
<span lang="en">This is the DVC Kit sandbox identity provider, not the real portal.</span></p>
${options.error ? `<p role="alert">${escape(options.error)}</p>` : ''}
<form method="post" action="${escape(options.action)}">
<h2>Công dân thử nghiệm <span lang="en">(Test citizens)</span></h2>
<ul>
${cards}
</ul>
</form>
<form method="post" action="${escape(options.action)}">
<fieldset><legend>Danh tính thử của bạn <span lang="en">(Your own test identity)</span></legend>
<label for="own-name">Họ và tên</label><input id="own-name" name="fullName" required maxlength="100" autocomplete="off">
<label for="own-id">Số định danh cá nhân (12 chữ số)</label><input id="own-id" name="citizenId" required pattern="[0-9]{12}" inputmode="numeric" autocomplete="off">
<label for="own-birth">Ngày sinh (yyyyMMdd)</label><input id="own-birth" name="birthDate" required pattern="[0-9]{8}" inputmode="numeric" autocomplete="off">
<label for="own-phone">Số điện thoại</label><input id="own-phone" name="phone" inputmode="tel" autocomplete="off">
<label for="own-source">Loại tài khoản</label><select id="own-source" name="source"><option value="dvcqg">Tài khoản DVCQG</option><option value="vneid">VNeID</option></select>
<p><button type="submit" name="own" value="1">Đăng nhập với danh tính này</button></p>
</fieldset></form>
<form method="post" action="${escape(options.abort)}"><button type="submit">Hủy <span lang="en">(Cancel)</span></button></form>
</main></body></html>`;
}
