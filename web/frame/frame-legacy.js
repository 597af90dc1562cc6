// Runs only in browsers without JavaScript modules (a nomodule script): the widget cannot run there, so the
// loading message becomes a friendly explanation instead of spinning for ever.
(function () {
  var app = document.getElementById('app');
  var text = document.getElementById('status-text');
  if (!app || !text) return;
  app.className = 'app failed';
  text.textContent = 'Sorry, this browser is too old to run the careers widget. ' +
    'Try an up-to-date browser such as Chrome, Edge, Firefox or Safari.';
})();
