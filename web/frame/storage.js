// Where the Skillsometer keeps quiz progress: sessionStorage inside the widget's own frame, under a key of
// its own instance (so two quizzes on one page never share answers, and a reload finds its own). Where
// the browser gives the frame no storage (a sandbox without its own origin, blocked third-party storage,
// some private modes) progress lives in memory for this visit, and the widget says so once.

// The key: the quiz form and scale (a saved 30-statement quiz means nothing to the 60 one), the region,
// and the instance's slot (from the loader: its container's id or place on the page; for a stable page
// in someone else's iframe: its place among that page's frames). No slot: the frame opened on its own.
export function progressKey(params) {
  const slot = (params.get('slot') || '').replace(/[^\w-]/g, '_').slice(0, 48);
  const base = `ometer:skillsometer:${params.get('region') || 'uk'}:${params.get('form') || '30'}:${params.get('scale') || '3'}`;
  return slot ? `${base}:${slot}` : base;
}

function sessionStore() {
  try {
    const store = window.sessionStorage;   // throws in a sandbox without allow-same-origin
    const probe = 'ometer:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

// onLost(): called once, the first time there is progress that cannot be kept.
export function progressStore(key, onLost) {
  const store = sessionStore();
  let memory = null;
  let told = false;
  return {
    kept: !!store,
    get() {
      if (!store) return memory;
      try { return store.getItem(key); } catch { return null; }
    },
    set(progress) {
      if (store) {
        try {
          if (progress) store.setItem(key, progress);
          else store.removeItem(key);
          return;
        } catch { /* full, or taken away since: keep it in memory below */ }
      }
      memory = progress || null;
      if (progress && !told) {
        told = true;
        onLost();
      }
    },
  };
}

// The short note a student sees when progress cannot be kept: at the foot of the frame for a while, and
// read out politely. Styled through the CSSOM (the frame's CSP allows no style attributes).
export function showNote(text, { seconds = 12, announce = () => {} } = {}) {
  const note = document.createElement('p');
  note.className = 'ometer-note';
  note.setAttribute('role', 'note');
  note.textContent = text;
  Object.assign(note.style, {
    position: 'fixed', left: '8px', right: '8px', bottom: '8px', margin: '0', padding: '8px 12px', zIndex: '5',
    font: '15px/1.35 "Ometer Lato", system-ui, sans-serif', color: 'var(--text)', background: 'var(--surface)',
    border: '2px solid var(--border-strong)', borderRadius: '10px', pointerEvents: 'none',
  });
  document.body.append(note);
  announce(text);
  setTimeout(() => note.remove(), seconds * 1000);
  return note;
}
