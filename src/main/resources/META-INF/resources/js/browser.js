// The lab's browser tab: opens an address from the learner's laptop (outside the simulated cluster)
// over the lab socket and shows the page in a sandboxed frame (no scripts, no same-origin access).
(function () {
  'use strict';

  const form = document.getElementById('browser-form');
  if (!form) return;
  const input = document.getElementById('browser-url');
  const status = document.getElementById('browser-status');
  const view = document.getElementById('browser-view');
  const text = document.getElementById('browser-text');

  const ERRORS = {
    ERR_NAME_NOT_RESOLVED: 'the laptop cannot resolve this name (cluster DNS names only work inside the cluster)',
    ERR_CONNECTION_REFUSED: 'the connection was refused',
    ERR_CONNECTION_TIMED_OUT: 'the connection timed out (nothing routes this address to the laptop)',
    ERR_ADDRESS_UNREACHABLE: 'the address is unreachable',
    ERR_EMPTY_RESPONSE: 'the server sent no data (it does not speak HTTP)',
    ERR_CERT_AUTHORITY_INVALID: 'the certificate is not trusted (a cluster-internal CA)',
    ERR_SSL_PROTOCOL_ERROR: 'the server does not speak HTTPS on this port',
    ERR_INVALID_URL: 'that is not a valid address',
  };

  function hideAll() {
    view.hidden = true;
    text.hidden = true;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = input.value.trim();
    if (!url) {
      status.textContent = 'Type an address, for example http://172.30.2.2:30080';
      return;
    }
    const sent = window.kubelab && window.kubelab.browse && window.kubelab.browse(url);
    status.textContent = sent ? 'Loading ' + url + '…' : 'Not connected to the lab yet.';
  });

  function show(msg) {
    hideAll();
    if (msg.error) {
      const why = ERRORS[msg.error] || 'the page could not be loaded';
      status.textContent = 'This site can’t be reached: ' + why + '. ' + msg.error;
      return;
    }
    const type = String(msg.contentType || '');
    status.textContent = msg.status + ' · ' + (type || 'no content type') + ' · ' + msg.url;
    if (type.startsWith('text/html')) {
      view.srcdoc = String(msg.body || '');
      view.hidden = false;
    } else {
      text.textContent = String(msg.body || '');
      text.hidden = false;
    }
  }

  window.kubelab = Object.assign(window.kubelab || {}, { browser: { show } });
})();
