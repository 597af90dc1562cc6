// The frame document's first script (classic, so it runs even when a module fails): watches the files the
// document names itself, the scripts, module imports and stylesheet. When one fails to load, or the
// browser refuses it because it does not match its `integrity` hash (content-hashed frames carry one for
// each), the widget shows its failure message instead of a spinner that never ends, and the embedding
// page gets an ometer:error. frame.js checks that this guard ran, and stays quiet once it has refused.
(function () {
  'use strict';
  var TEXT = {
    integrity: 'Sorry, the careers widget was not started: its files are not the ones this website was set up with. ' +
      'Please tell the school\u2019s website team.',
    download: 'Sorry, the careers widget could not be downloaded. Check your connection, then try again.'
  };
  var guard = { refused: false, text: TEXT };
  window.ometerGuard = guard;

  // The page that embedded this frame, as embed.js names it in the fragment (only the loader asks to be told).
  function tellPage(message) {
    var params = new URLSearchParams(location.hash.length > 1 ? location.hash.slice(1) : location.search);
    var origin = params.get('origin');
    if (window.parent === window || !origin) return;
    try {
      window.parent.postMessage({ source: 'ometer', id: (params.get('id') || '').slice(0, 64), type: 'error', detail: { message: message } },
        origin === 'null' ? '*' : origin);
    } catch (e) { /* an origin postMessage cannot name: the message on screen is enough */ }
  }

  function show(kind, url) {
    var app = document.getElementById('app');
    var text = document.getElementById('status-text');
    if (app) app.className = 'app failed';
    // Hidden by attribute too: a refused stylesheet leaves no CSS to hide them.
    ['ometer-canvas', 'search', 'mirror'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.hidden = true;
    });
    if (text) text.textContent = TEXT[kind];
    var retry = document.getElementById('retry');
    if (retry && kind === 'download') {
      retry.hidden = false;
      retry.addEventListener('click', function () { location.reload(); }, { once: true });
    }
    if (window.console) console.warn('ometer: ' + (kind === 'integrity' ? url + ' does not match its integrity hash: refused' : url + ' did not load'));
    tellPage(TEXT[kind]);
  }

  // Refused for its hash, or not downloaded? Download it again and look, where the browser can hash.
  function diagnose(url, integrity, done) {
    var parts = /^(sha256|sha384|sha512)-(.+)$/.exec(integrity || '');
    if (!parts || !window.crypto || !crypto.subtle || !window.fetch) {
      done(parts ? 'integrity' : 'download');
      return;
    }
    fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) return 'download';
      return r.arrayBuffer().then(function (bytes) {
        return crypto.subtle.digest(parts[1].replace('sha', 'SHA-'), bytes);
      }).then(function (digest) {
        var s = '';
        var b = new Uint8Array(digest);
        for (var i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
        return btoa(s) === parts[2] ? 'download' : 'integrity';
      });
    }).then(done, function () { done('download'); });
  }

  // One file failing often fails others (a refused module fails the script that imports it): gather the
  // failures for a moment, and if any was refused for its hash, say that, once.
  var failed = [];
  window.addEventListener('error', function (e) {
    var el = e.target;
    if (!el || (el.tagName !== 'SCRIPT' && el.tagName !== 'LINK')) return;
    failed.push(el);
    if (guard.refused) return;
    guard.refused = true;
    setTimeout(function () {
      var pending = failed.length;
      var worst = null;
      failed.forEach(function (f) {
        var url = f.src || f.href;
        diagnose(url, f.getAttribute('integrity'), function (kind) {
          if (!worst || kind === 'integrity') worst = { kind: kind, url: url };
          if (--pending > 0) return;
          // A file in <head> can fail before the body that shows the message is there.
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { show(worst.kind, worst.url); });
          else show(worst.kind, worst.url);
        });
      });
    }, 200);
  }, true);
})();
