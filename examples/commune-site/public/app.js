// Home page behaviour (a plain module: the page's CSP allows no inline script).
// Picking a procedure needs no script: <dvc-procedure-search form-url="/thu-tuc?ma={code}">
// opens the dossier form. Here: looking up a finished dossier offers the rating.

const statusWidget = document.querySelector('dvc-dossier-status');
const ratingBox = document.getElementById('danh-gia');

// `/?ma=<code>#tra-cuu` (the link under a receipt) prefills the look-up.
const code = new URLSearchParams(location.search).get('ma');
if (statusWidget && code) statusWidget.code = code;

statusWidget?.addEventListener('dvc-status-load', (event) => {
  if (!ratingBox) return;
  ratingBox.querySelector('dvc-rating')?.remove();
  // A rating is asked for only once the dossier is finished: there is nothing to rate at "Mới đăng ký".
  if (event.detail.status.statusGroup !== 'finished') {
    ratingBox.hidden = true;
    return;
  }
  // Created now so it gets the digits the citizen just typed and does not ask for them again.
  const rating = document.createElement('dvc-rating');
  rating.dossier = event.detail.status.code;
  rating.verify = statusWidget.verify;
  ratingBox.append(rating);
  ratingBox.hidden = false;
});
