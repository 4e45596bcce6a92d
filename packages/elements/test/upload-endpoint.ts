import type { Uploader } from '../src/components/file-input/uploader';

/**
 * An uploader that really sends the file over HTTP (XMLHttpRequest, for upload
 * progress) to the test server's POST /__dvc-test/upload, which answers like the
 * gateway's POST /v1/uploads. `failOnce` makes the first attempt answer 503.
 */
export function httpUploader(failOnce?: string): Uploader {
  return (file, { signal, onProgress }) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/__dvc-test/upload${failOnce ? `?fail-once=${encodeURIComponent(failOnce)}` : ''}`);
      xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
      xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () =>
        xhr.status < 300 ? resolve(JSON.parse(xhr.responseText)) : reject(new Error(`HTTP ${xhr.status}`));
      xhr.onerror = () => reject(new Error('network'));
      signal.addEventListener('abort', () => xhr.abort());
      xhr.send(file);
    });
}
