// The Ometer embed loader: turns <script data-widget> tags and <div data-ometer> containers into widget
// iframes, sizes them from the widgets' height messages and relays events between widgets on one page.
// Plain ES5 with no dependencies, no eval, no injected <style> or HTML: it runs under a strict CSP.
(function () {
  'use strict';

  var VERSION = '1.0.0';
  // The widget frame, relative to this script. tools/dist.mjs rewrites it to the content-hashed frame.
  var FRAME_PATH = 'frame.html';
  var PROTOCOL = 'ometer';
  var WIDGETS = {
    careerometer: { title: 'Careerometer: compare jobs, pay and hours', height: 560 },
    skillsometer: { title: 'Skillsometer: careers interest quiz', height: 520 }
  };
  // Nothing the widgets need: deny the powerful features outright rather than rely on defaults.
  var ALLOW = "camera 'none'; microphone 'none'; geolocation 'none'; payment 'none'; usb 'none'; " +
    "display-capture 'none'; clipboard-read 'none'; fullscreen 'none'";

  // A second copy of the loader (another script tag, a pinned and an evergreen URL) only rescans the page.
  if (window.Ometer && typeof window.Ometer.load === 'function') {
    window.Ometer.load();
    return;
  }

  // document.currentScript is set for classic scripts, async included; the search covers odd cases
  // such as a loader injected by a tag manager that runs it from a callback.
  function loaderScript() {
    if (document.currentScript && document.currentScript.src) return document.currentScript;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/embed\.js([?#].*)?$/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }

  var self = loaderScript();
  if (!self) {
    console.warn('Ometer: could not find the embed.js script tag, so the widgets do not know where to load from.');
    return;
  }
  var frameUrl = new URL(FRAME_PATH, self.src).href;
  var frameOrigin = new URL(frameUrl).origin;
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // --- options ------------------------------------------------------------------------------------------
  function inRange(lo, hi, integer) {
    return function (v) {
      var s = v.replace(/px$/, '');
      if (!/^\d+(\.\d+)?$/.test(s)) return null;
      var n = Number(s);
      if (integer && Math.floor(n) !== n) return null;
      return n >= lo && n <= hi ? String(n) : null;
    };
  }
  function oneOf(values) {
    return function (v) { return values.indexOf(v.toLowerCase()) >= 0 ? v.toLowerCase() : null; };
  }
  function occupationCodes(v) {
    var codes = v.split(',').map(function (c) { return c.trim(); }).filter(Boolean);
    if (!codes.length || codes.length > 3) return null;
    for (var i = 0; i < codes.length; i++) {
      if (!/^(\d{4}|\d{2}-\d{4}\.\d{2})$/.test(codes[i])) return null;
    }
    return codes.join(',');
  }

  // Each data attribute: how to check it, what the widget does without it, and which widget it is for.
  var OPTIONS = [
    { name: 'region', check: oneOf(['uk', 'us']), allowed: 'uk or us', fallback: 'uk' },
    { name: 'theme', check: oneOf(['light', 'dark', 'high-contrast']), allowed: 'light, dark or high-contrast', fallback: 'light' },
    { name: 'accent', check: function (v) { return /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null; },
      allowed: 'a colour like #1d4ed8', fallback: "the theme's own colour" },
    { name: 'font-scale', check: inRange(0.8, 1.6, false), allowed: 'a number from 0.8 to 1.6', fallback: '1' },
    { name: 'height', check: inRange(240, 4000, true), allowed: 'a whole number of pixels from 240 to 4000',
      fallback: 'automatic height' },
    { name: 'lang', check: function (v) { return /^en-gb$/i.test(v) ? 'en-GB' : null; }, allowed: 'en-GB', fallback: 'en-GB' },
    { name: 'occupations', only: 'careerometer', check: occupationCodes,
      allowed: 'one to three job codes separated by commas, like 5241,2231', fallback: 'no jobs shown at first' },
    { name: 'form', only: 'skillsometer', check: oneOf(['30', '60']), allowed: '30 or 60', fallback: '30' },
    { name: 'scale', only: 'skillsometer', check: oneOf(['3', '5']), allowed: '3 or 5', fallback: '3' }
  ];

  function warn(message) {
    if (window.console && console.warn) console.warn('Ometer: ' + message);
  }

  // Reads the options from an element's data attributes; invalid ones are reported and left out, so the
  // widget uses its default for them.
  function readOptions(el, widget) {
    var out = [];
    for (var i = 0; i < OPTIONS.length; i++) {
      var o = OPTIONS[i];
      var raw = el.getAttribute('data-' + o.name);
      if (raw === null) continue;
      var value = raw.trim();
      if (o.only && o.only !== widget) {
        warn('data-' + o.name + ' is an option of the ' + o.only + ' only; ignored on the ' + widget + '.');
        continue;
      }
      var ok = value === '' ? null : o.check(value);
      if (ok === null) {
        warn('data-' + o.name + '="' + raw.slice(0, 60) + '" is not valid (use ' + o.allowed + '); using the default: ' +
          o.fallback + '.');
        continue;
      }
      out.push([o.name, ok]);
    }
    return out;
  }

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

  function create(container, widget, options) {
    var id = newId();
    var fixed = 0;
    // The options travel in the fragment: it is never sent to the server, and every widget shares one
    // cached copy of the frame document.
    var params = [['widget', widget], ['id', id], ['origin', location.origin]];
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
    instances.push({ id: id, widget: widget, container: container, iframe: iframe, fixed: fixed, ready: false, queue: [] });
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
    var options = readOptions(el, widget);
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
      // A data-widget script only counts when it is this loader (another script may use the attribute).
      if (el.tagName === 'SCRIPT' && !/\/embed\.js([?#].*)?$/.test(el.src)) continue;
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
    inst.iframe.contentWindow.postMessage({ source: PROTOCOL, id: inst.id, type: 'command', command: command }, frameOrigin);
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

  // Messages count only from a widget frame this loader made, at the frame's origin, with its instance id.
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || typeof m !== 'object' || m.source !== PROTOCOL || e.origin !== frameOrigin) return;
    var inst = byWindow(e.source);
    if (!inst || m.id !== inst.id) return;
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
        if (emit(inst, 'ometer:compare', codes, true)) compare(codes);
        break;
      case 'error':
        emit(inst, 'ometer:error', { message: String(detail.message || '') });
        break;
      default:
        break;
    }
  });

  window.Ometer = {
    version: VERSION,
    load: load,
    compare: compare
  };

  load();
  // An async loader can run before the parser reaches later containers: look again once it has.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { load(); });
})();
