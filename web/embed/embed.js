// Minimal development loader (replaced by the full loader): an iframe per script tag.
(function () {
  var script = document.currentScript;
  var base = script.src.replace(/[^/]*$/, '');
  var frame = document.createElement('iframe');
  frame.src = base + 'frame.html?widget=' + encodeURIComponent(script.getAttribute('data-widget') || 'careerometer') +
    '&origin=' + encodeURIComponent(location.origin) + '&id=w' + Math.random().toString(36).slice(2);
  frame.title = 'Careers widget';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '600px';
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (e) {
    if (e.source === frame.contentWindow && e.data && e.data.type === 'height') frame.style.height = e.data.detail.height + 'px';
  });
})();
