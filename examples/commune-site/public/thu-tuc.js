// Procedure page behaviour (a plain module: the page's CSP allows no inline script).
const form = document.querySelector('dvc-dossier-form');

if (form && !form.getAttribute('procedure')) {
  form.hidden = true;
  document.getElementById('no-procedure').hidden = false;
}

form?.addEventListener('dvc-submit', (event) => {
  const { code } = event.detail.receipt;
  const link = document.getElementById('status-link');
  link.href = `/?ma=${encodeURIComponent(code)}#tra-cuu`;
  document.getElementById('after-submit').hidden = false;
});
