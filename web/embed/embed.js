// The Ometer embed loader: turns <script data-widget> tags and <div data-ometer> containers into widget
// iframes, sizes them from the widgets' height messages and relays events between widgets on one page.
// Plain ES5 with no dependencies, no eval, no injected <style> or HTML: it runs under a strict CSP.
(function () {
  'use strict';

  var VERSION = '1.0.0';
  // The widget frame, relative to this script. tools/dist.mjs rewrites it to the content-hashed frame.
  var FRAME_PATH = 'frame.html';
  var PROTOCOL = 'ometer';
  // Nothing the widgets need: deny the powerful features outright rather than rely on defaults. The one
  // grant is writing to the clipboard, for the results code's Copy button.
  var ALLOW = "camera 'none'; microphone 'none'; geolocation 'none'; payment 'none'; usb 'none'; " +
    "display-capture 'none'; clipboard-read 'none'; fullscreen 'none'; clipboard-write";
  // What a widget frame may do: run its scripts, keep its own origin (its own storage, its downloads),
  // open the one outside link in a new tab that is a normal page, and show the print dialog. Not: navigate
  // the school's page, submit forms, lock the pointer, download.
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals';
  // The published layout: HOST/…/ometer/v1/embed.js (evergreen) and HOST/…/ometer/1.2.3/embed.js (pinned).
  var LOADER_PATH = /\/ometer\/(v\d+|\d+\.\d+\.\d+)\/embed\.js$/;
  // Marks the real loader's global, so nothing else named "Ometer" (an element with that id, a form
  // control: the browser makes those globals too) is mistaken for it.
  var MARK = typeof Symbol === 'function' ? Symbol['for']('ometer.loader') : '__ometerLoader';

  // A second copy of the loader (another script tag, a pinned and an evergreen URL) only rescans the page.
  var existing = window.Ometer;
  if (existing && typeof existing === 'object' && existing[MARK] === true) {
    existing.load();
    return;
  }

  function warn(message) {
    if (window.console && console.warn) console.warn('Ometer: ' + message);
  }

  function scriptPath(el) {
    try {
      return new URL(el.src, location.href);
    } catch (e) {
      return null;
    }
  }

  // This script's own tag. document.currentScript is set for classic scripts, async included. Without it
  // (a tag manager that evaluates the file itself), the loader looks for its published path, and refuses
  // rather than guess when none or several different ones are on the page: a guess could load the
  // widgets from whoever else has an embed.js.
  function loaderUrl() {
    var current = document.currentScript;
    if (current && current.src) return scriptPath(current);
    var found = null;
    var scripts = document.getElementsByTagName('script');
    for (var i = 0; i < scripts.length; i++) {
      var url = scripts[i].src && scriptPath(scripts[i]);
      if (!url || !LOADER_PATH.test(url.pathname)) continue;
      var base = url.origin + url.pathname.replace(LOADER_PATH, '');
      if (found && found.base !== base) return null;
      if (!found) found = { base: base, url: url };
    }
    return found && found.url;
  }

  var selfUrl = loaderUrl();
  if (!selfUrl) {
    warn('could not tell which script tag is the widget loader, so no widget was loaded. ' +
      'Load it with a <script src=".../ometer/v1/embed.js"> tag.');
    return;
  }
  var frameUrl = new URL(FRAME_PATH, selfUrl.href).href;
  var frameOrigin = new URL(frameUrl).origin;
  // Where every version's loader sits ("https://host/ometer/"), so a pinned and an evergreen tag on one
  // page both count as this loader; a loader elsewhere (a school's own copy) counts only by its own path.
  var loaderBase = LOADER_PATH.test(selfUrl.pathname) ? selfUrl.origin + selfUrl.pathname.replace(LOADER_PATH, '/ometer/') : null;

  // A <script data-widget> counts only when it loads this loader: another vendor's ".../embed.js" with
  // its own data-widget is not ours to turn into a widget.
  function isLoaderTag(el) {
    var url = el.src && scriptPath(el);
    if (!url) return false;
    if (url.origin + url.pathname === selfUrl.origin + selfUrl.pathname) return true;
    return !!loaderBase && LOADER_PATH.test(url.pathname) && url.origin + url.pathname.replace(LOADER_PATH, '/ometer/') === loaderBase;
  }
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // --- options ------------------------------------------------------------------------------------------
  // WIDGETS, OPTIONS and readOptions(get, widget, prefix, warn) come from web/frame/options.js, which the
  // stable widget pages use too: tools/serve.mjs and tools/dist.mjs put it in place of the next line.
  /* @include options.js */

  // --- instances ----------------------------------------------------------------------------------------
  var instances = [];
  var counter = 0;

  function newId() {
    var n = '';
    if (window.crypto && crypto.getRandomValues) {
      var a = new Uint32Array(2);
      crypto.getRandomValues(a);
      n = a[0].toString(36) + a[1].toString(36);
    } else {
      n = Math.random().toString(36).slice(2);
    }
    return 'w' + (++counter) + '-' + n;
  }

  // Where a Skillsometer keeps its quiz progress, the same after a reload: its container's id, or else
  // its place among the page's Skillsometers. Two quizzes on one page never share their answers.
  function slotOf(container) {
    if (container.id) return 'id-' + container.id.replace(/[^\w-]/g, '_').slice(0, 40);
    var all = document.querySelectorAll('[data-ometer]');
    var n = 0;
    for (var i = 0; i < all.length && all[i] !== container; i++) {
      if ((all[i].getAttribute('data-ometer') || '').trim().toLowerCase() === 'skillsometer') n++;
    }
    return 'n-' + (n + 1);
  }

  function create(container, widget, options) {
    var id = newId();
    var fixed = 0;
    // The options travel in the fragment: it is never sent to the server, and every widget shares one
    // cached copy of the frame document. A page in a sandbox without its own origin is "null" here;
    // the frame then answers to its parent window whatever its origin.
    // (window.origin is the document's real origin; location.origin is only its address's.)
    var params = [['widget', widget], ['id', id], ['origin', typeof window.origin === 'string' ? window.origin : location.origin]];
    if (widget === 'skillsometer') params.push(['slot', slotOf(container)]);
    for (var i = 0; i < options.length; i++) {
      params.push(options[i]);
      if (options[i][0] === 'height') fixed = Number(options[i][1]);
    }
    var hash = params.map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');

    var iframe = document.createElement('iframe');
    iframe.title = WIDGETS[widget].title;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.setAttribute('allow', ALLOW);
    iframe.setAttribute('sandbox', SANDBOX);
    // Element styles only: nothing to add to the page's stylesheets, nothing a strict CSP blocks.
    var s = iframe.style;
    s.display = 'block';
    s.width = '100%';
    s.maxWidth = '100%';
    s.minWidth = '0';
    s.border = '0';
    s.margin = '0';
    s.padding = '0';
    s.overflow = 'hidden';
    s.height = (fixed || WIDGETS[widget].height) + 'px';
    iframe.src = frameUrl + '#' + hash;

    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(iframe);
    instances.push({ id: id, widget: widget, container: container, iframe: iframe, fixed: fixed, ready: false, queue: [],
      options: options });
  }

  // One container: a <div data-ometer="…">, or a <script data-widget="…"> that gets a container after it.
  function mount(el) {
    if (el.hasAttribute('data-ometer-loaded')) return;
    el.setAttribute('data-ometer-loaded', '');
    var isScript = el.tagName === 'SCRIPT';
    var name = (el.getAttribute(isScript ? 'data-widget' : 'data-ometer') || '').trim().toLowerCase();
    var widget = WIDGETS.hasOwnProperty(name) ? name : 'careerometer';
    if (widget !== name) {
      warn((isScript ? 'data-widget' : 'data-ometer') + '="' + name.slice(0, 60) +
        '" is not a widget (use careerometer or skillsometer); using the default: careerometer.');
    }
    var options = readOptions(function (name) { return el.getAttribute('data-' + name); }, widget, 'data-', warn);
    var container = el;
    if (isScript) {
      if (!el.parentNode || el.parentNode === document.head || el.parentNode === document.documentElement) {
        warn('the widget script is not inside the page body; put it where the widget should appear.');
        return;
      }
      container = document.createElement('div');
      container.setAttribute('data-ometer', widget);
      container.setAttribute('data-ometer-loaded', '');
      el.parentNode.insertBefore(container, el.nextSibling);
    }
    create(container, widget, options);
  }

  function load(root) {
    root = root || document;
    if (!root.querySelectorAll) return;
    var found = [];
    if (root.matches && root.matches('[data-ometer], script[data-widget]')) found.push(root);
    var list = root.querySelectorAll('[data-ometer], script[data-widget]');
    for (var i = 0; i < list.length; i++) found.push(list[i]);
    for (var j = 0; j < found.length; j++) {
      var el = found[j];
      if (el.tagName === 'SCRIPT' && !isLoaderTag(el)) continue;
      mount(el);
    }
  }

  function byWindow(win) {
    for (var i = 0; i < instances.length; i++) if (instances[i].iframe.contentWindow === win) return instances[i];
    return null;
  }

  function byContainer(el) {
    for (var i = 0; i < instances.length; i++) {
      if (instances[i].container === el || instances[i].iframe === el) return instances[i];
    }
    return null;
  }

  function send(inst, command) {
    if (!inst.ready) {
      inst.queue.push(command);
      return;
    }
    // A frame in a sandbox without its own origin (this page is in one) has the origin "null", which
    // postMessage cannot name: it is reached as the one window of this iframe instead.
    inst.iframe.contentWindow.postMessage({ source: PROTOCOL, id: inst.id, type: 'command', command: command },
      inst.opaque ? '*' : frameOrigin);
  }

  // Returns true unless a listener called preventDefault().
  function emit(inst, name, detail, cancelable) {
    var event;
    if (typeof CustomEvent === 'function') {
      event = new CustomEvent(name, { bubbles: true, cancelable: !!cancelable, detail: detail });
    } else {
      event = document.createEvent('CustomEvent');
      event.initCustomEvent(name, true, !!cancelable, detail);
    }
    return inst.container.dispatchEvent(event);
  }

  function firstCareerometer() {
    var best = null;
    for (var i = 0; i < instances.length; i++) {
      var inst = instances[i];
      if (inst.widget !== 'careerometer' || !document.documentElement.contains(inst.container)) continue;
      if (!best || (inst.container.compareDocumentPosition(best.container) & Node.DOCUMENT_POSITION_FOLLOWING)) best = inst;
    }
    return best;
  }

  // Shows up to three occupations in a Careerometer: the given container's, or the first on the page.
  function compare(codes, target) {
    var inst = target ? byContainer(target) : firstCareerometer();
    if (!inst || inst.widget !== 'careerometer') return false;
    var list = [].concat(codes).map(String).filter(function (c) { return /^[0-9A-Za-z.-]{1,16}$/.test(c); }).slice(0, 3);
    if (!list.length) return false;
    send(inst, 'compare ' + list.join(','));
    var r = inst.iframe.getBoundingClientRect();
    if (r.top < 0 || r.top > (window.innerHeight || 0) - 80) {
      inst.iframe.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
    return true;
  }

  // "Compare these" in a Skillsometer on a page without a Careerometer: one opens just after the quiz,
  // with those jobs and the quiz's look (region, theme, colour, text size); the next "Compare these" then
  // goes to it like to any other.
  function openBeside(inst, codes) {
    var from = {};
    for (var i = 0; i < inst.options.length; i++) from[inst.options[i][0]] = inst.options[i][1];
    from.occupations = codes.join(',');
    var options = readOptions(function (name) {
      return name !== 'height' && from.hasOwnProperty(name) ? from[name] : null;
    }, 'careerometer', 'data-', function () {});
    var container = document.createElement('div');
    container.setAttribute('data-ometer', 'careerometer');
    container.setAttribute('data-ometer-loaded', '');
    inst.container.parentNode.insertBefore(container, inst.container.nextSibling);
    create(container, 'careerometer', options);
    container.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  // Messages count only from a widget frame this loader made (its window), at the frame's origin (or
  // "null" when a sandbox around this page took the frame's origin away), with its instance id.
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || typeof m !== 'object' || m.source !== PROTOCOL || (e.origin !== frameOrigin && e.origin !== 'null')) return;
    var inst = byWindow(e.source);
    if (!inst || m.id !== inst.id) return;
    inst.opaque = e.origin === 'null';
    var detail = m.detail && typeof m.detail === 'object' ? m.detail : {};
    switch (m.type) {
      case 'height':
        if (!inst.fixed && typeof detail.height === 'number' && detail.height > 0) {
          inst.iframe.style.height = Math.min(20000, Math.ceil(detail.height)) + 'px';
        }
        break;
      case 'ready':
        inst.ready = true;
        while (inst.queue.length) send(inst, inst.queue.shift());
        emit(inst, 'ometer:ready', { widget: inst.widget });
        break;
      case 'quizcomplete':
        emit(inst, 'ometer:quizcomplete', detail);
        break;
      case 'compare':
        var codes = Array.isArray(detail.codes) ? detail.codes.slice(0, 3) : [];
        if (emit(inst, 'ometer:compare', codes, true) && !compare(codes) && codes.length && inst.container.parentNode) openBeside(inst, codes);
        break;
      case 'error':
        emit(inst, 'ometer:error', { message: String(detail.message || '') });
        break;
      default:
        break;
    }
  });

  var api = {
    version: VERSION,
    load: load,
    compare: compare
  };
  // Not enumerable, not writable: the mark is only for another copy of this loader to find.
  Object.defineProperty(api, MARK, { value: true });
  window.Ometer = api;

  load();
  // An async loader can run before the parser reaches later containers: look again once it has.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { load(); });
})();
