// KubeLab file editor: the modal dialog `vi FILE`, `nano FILE` (later `kubectl edit`) open over the
// terminal (`editor.open`, docs/protocol.md). A transparent textarea over a YAML-highlighted mirror
// of the visible lines only (long files stay cheap), with a line-number gutter. No libraries.
//
// terminal.js calls kubelab.editor.open({title, path, content, onSave(text), onCancel(), afterClose()}).
// onSave sends the text and returns null, or returns why it could not. The editor then waits for
// close() (the command ended), open() (new text, e.g. kubectl edit's error) or failed(message).
// Test hooks: the dialog is #editor, the textarea #editor-text.
(() => {
  'use strict';

  const MAX_BYTES = 256 * 1024;
  const INDENT = '  ';
  let els = null; // the dialog's elements, built on first open
  let opts = null; // the open() options while the editor is open
  let original = ''; // the text as opened: "modified" compares with it
  let lines = [''];
  let saving = false, confirmDiscard = false, tabMovesFocus = false, highlight = true;
  let returnTo = null, inerted = [], frame = 0;

  // Static markup only: everything from the server goes in through textContent and value.
  const MARKUP = `
    <div id="editor" class="editor" role="dialog" aria-modal="true" aria-labelledby="editor-title" tabindex="-1">
      <div class="editor-head"><h2 id="editor-title" class="editor-title"></h2><p class="editor-path"></p></div>
      <div class="editor-body">
        <div class="editor-gutter" aria-hidden="true"></div>
        <div class="editor-code">
          <pre class="editor-mirror" aria-hidden="true"></pre>
          <label for="editor-text" class="visually-hidden"></label>
          <textarea id="editor-text" class="editor-text" wrap="off" spellcheck="false" autocomplete="off"
            autocapitalize="off" autocorrect="off" aria-describedby="editor-help"></textarea>
        </div>
      </div>
      <div class="editor-foot">
        <p class="editor-status"><span class="editor-position"></span> <span class="editor-modified"></span></p>
        <p id="editor-message" class="editor-message" role="alert"></p>
        <p id="editor-help" class="editor-help">Ctrl-S saves, Esc cancels. Tab indents by two spaces,
          Shift-Tab outdents. Ctrl-M switches Tab to moving the focus (and back).</p>
        <div class="editor-buttons">
          <button type="button" class="button button-primary" aria-keyshortcuts="Control+S Meta+S">Save <kbd>Ctrl-S</kbd></button>
          <button type="button" class="button" aria-keyshortcuts="Escape">Cancel <kbd>Esc</kbd></button>
        </div>
      </div>
    </div>`;

  function build() {
    const backdrop = Object.assign(document.createElement('div'), { className: 'editor-backdrop', hidden: true });
    backdrop.innerHTML = MARKUP;
    document.body.append(backdrop);
    const q = (sel) => backdrop.querySelector(sel);
    const [save, cancel] = backdrop.querySelectorAll('button');
    const e = { backdrop, dialog: q('#editor'), title: q('#editor-title'), path: q('.editor-path'), label: q('label'),
      gutter: q('.editor-gutter'), mirror: q('.editor-mirror'), text: q('#editor-text'),
      position: q('.editor-position'), modified: q('.editor-modified'), message: q('#editor-message'), save, cancel };
    e.text.addEventListener('input', () => {
      confirmDiscard = false;
      say(''); // typing answers "Discard changes?" (and clears older messages)
      update();
    });
    e.text.addEventListener('scroll', schedule);
    for (const ev of ['keyup', 'mouseup', 'select', 'focus']) e.text.addEventListener(ev, status);
    e.dialog.addEventListener('keydown', onKey);
    save.addEventListener('click', doSave);
    cancel.addEventListener('click', doCancel);
    if (window.ResizeObserver) new ResizeObserver(schedule).observe(e.text);
    backdrop.addEventListener('mousedown', (ev) => { if (ev.target === backdrop) ev.preventDefault(); });
    document.addEventListener('focusin', (ev) => {
      if (opts && !e.dialog.contains(ev.target)) e.text.focus(); // focus never leaves the open dialog
    });
    return e;
  }

  // ---- opening and closing --------------------------------------------------------------------
  function open(options) {
    if (!els) els = build();
    const again = opts !== null;
    // Opened again while not saving (the server greeting a reconnected page): keep unsaved edits.
    const keep = again && !saving && opts.path === options.path && els.text.value !== original;
    opts = options;
    saving = false;
    confirmDiscard = false;
    const name = String(options.title || options.path || 'file');
    els.title.textContent = 'Editing ' + name;
    els.label.textContent = 'Contents of ' + name;
    els.path.textContent = String(options.path || '');
    els.text.readOnly = false;
    const mine = els.text.value;
    els.text.value = String(options.content || '');
    original = els.text.value; // line ends normalised to \n by the textarea
    if (keep) els.text.value = mine;
    highlight = /\.ya?ml$/i.test(String(options.path || '')) || /^(---|apiVersion:|kind:)/m.test(original);
    say(options.message || '');
    if (!again) {
      returnTo = document.activeElement;
      inerted = Array.from(document.body.children).filter((el) => el !== els.backdrop && !el.inert);
      for (const el of inerted) el.inert = true;
      els.backdrop.hidden = false;
    }
    if (!keep) {
      els.text.setSelectionRange(0, 0);
      els.text.scrollTo(0, 0);
    }
    els.text.focus();
    update();
  }

  function close() {
    if (!opts) return;
    const after = opts.afterClose;
    opts = null;
    saving = false;
    els.backdrop.hidden = true;
    for (const el of inerted) el.inert = false;
    inerted = [];
    if (after) after();
    else if (returnTo && returnTo.isConnected) returnTo.focus();
    returnTo = null;
  }

  // ---- save and cancel ------------------------------------------------------------------------
  function doSave() {
    if (!opts || saving) return;
    let text = els.text.value;
    if (text && !text.endsWith('\n')) text += '\n'; // like vi and nano: a text file ends with a newline
    const error = new TextEncoder().encode(text).length > MAX_BYTES
      ? 'File too large: the limit is 256 KiB. Nothing was saved.' : opts.onSave(text);
    saving = !error;
    els.text.readOnly = saving;
    say(error || 'Saving…');
  }

  /** A save that did not go through (an error, a lost connection): the text stays, editing goes on. */
  function failed(message) {
    if (!opts) return;
    saving = false;
    els.text.readOnly = false;
    say(message || '');
  }

  function doCancel() {
    if (!opts) return;
    if (els.text.value !== original && !confirmDiscard) {
      confirmDiscard = true;
      say('Discard changes? Press Esc again (or Cancel) to discard them, or keep editing.');
      return;
    }
    const { onCancel } = opts;
    close();
    onCancel();
  }

  const say = (text) => { els.message.textContent = text; };

  // ---- keys -----------------------------------------------------------------------------------
  function onKey(ev) {
    if (ev.isComposing) return;
    const key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
    const ctrl = ev.ctrlKey || ev.metaKey;
    if (ctrl && !ev.altKey && key === 's') {
      ev.preventDefault();
      doSave();
    } else if (key === 'Escape') {
      ev.preventDefault();
      doCancel();
    } else if (ctrl && !ev.altKey && !ev.shiftKey && key === 'm') {
      ev.preventDefault();
      tabMovesFocus = !tabMovesFocus;
      say(tabMovesFocus ? 'Tab now moves the focus. Ctrl-M makes it indent again.' : 'Tab indents again.');
    } else if (key === 'Tab' && !ctrl && !ev.altKey) {
      ev.preventDefault();
      if (ev.target === els.text && !tabMovesFocus) {
        if (!els.text.readOnly) indent(ev.shiftKey);
      } else {
        const stops = [els.text, els.save, els.cancel];
        const i = stops.indexOf(document.activeElement); // -1: the dialog itself (after a click)
        stops[(Math.max(i, ev.shiftKey ? 0 : -1) + (ev.shiftKey ? stops.length - 1 : 1)) % stops.length].focus();
      }
    } else if (key === 'Enter' && ev.target === els.text && !ctrl && !ev.altKey && !ev.shiftKey && !els.text.readOnly) {
      ev.preventDefault(); // a new line keeps the indentation of the current one
      const t = els.text;
      const lineStart = t.value.slice(t.value.lastIndexOf('\n', t.selectionStart - 1) + 1, t.selectionStart);
      insertText('\n' + /^[ \t]*/.exec(lineStart)[0]);
    }
  }

  /** Inserts like typing (the browser's undo keeps working where execCommand exists). */
  function insertText(text) {
    const t = els.text;
    t.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      t.setRangeText(text, t.selectionStart, t.selectionEnd, 'end');
      update();
    }
  }

  /** Tab: two spaces at the cursor, or before every selected line; Shift-Tab: up to two fewer. */
  function indent(outdent) {
    const t = els.text;
    const v = t.value;
    const s = t.selectionStart;
    const e = t.selectionEnd;
    const multi = v.slice(s, e).includes('\n');
    if (!outdent && !multi) {
      insertText(INDENT);
      return;
    }
    const from = v.lastIndexOf('\n', s - 1) + 1;
    let to = v.indexOf('\n', e > s && v[e - 1] === '\n' ? e - 1 : e);
    if (to < 0) to = v.length;
    const block = v.slice(from, to).split('\n');
    const changed = block.map((l) => (outdent ? l.replace(/^ {1,2}/, '') : (l ? INDENT + l : l)));
    const result = changed.join('\n');
    if (result === v.slice(from, to)) return;
    t.setSelectionRange(from, to);
    insertText(result);
    if (multi) {
      t.setSelectionRange(from, from + result.length);
    } else {
      const removed = block[0].length - changed[0].length;
      t.setSelectionRange(Math.max(from, s - removed), Math.max(from, e - removed));
    }
    status();
  }

  // ---- drawing: gutter, mirror, status --------------------------------------------------------
  function update() {
    lines = els.text.value.split('\n');
    els.gutter.style.minWidth = `calc(${String(lines.length).length}ch + 1.25rem)`;
    status();
    schedule();
  }

  const schedule = () => { if (!frame) frame = requestAnimationFrame(draw); };

  /** Renders only the lines in view, shifted to where the textarea has scrolled them. */
  function draw() {
    frame = 0;
    if (!opts) return;
    const t = els.text;
    const lh = parseFloat(getComputedStyle(t).lineHeight) || 20;
    const first = Math.max(0, Math.floor(t.scrollTop / lh) - 1);
    const last = Math.min(lines.length, first + Math.ceil(t.clientHeight / lh) + 3);
    const shown = lines.slice(first, last);
    els.gutter.textContent = shown.map((_, i) => first + i + 1).join('\n');
    els.mirror.innerHTML = shown.map((l) => (highlight ? yamlLine(l) : esc(l))).join('\n');
    const y = first * lh - t.scrollTop;
    els.gutter.style.transform = `translateY(${y}px)`;
    els.mirror.style.transform = `translate(${-t.scrollLeft}px, ${y}px)`;
  }

  function status() {
    if (!opts) return;
    const t = els.text;
    const v = t.value;
    const before = v.slice(0, t.selectionDirection === 'backward' ? t.selectionStart : t.selectionEnd).split('\n');
    els.position.textContent = `Line ${before.length}, column ${before[before.length - 1].length + 1}`;
    els.modified.textContent = v !== original ? 'modified' : '';
  }

  // ---- YAML highlighting (one line at a time; the text itself is never changed) ---------------
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const span = (cls, s) => (s ? `<span class="${cls}">${esc(s)}</span>` : '');

  const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)(\s*:)(?=\s|$)/;

  function yamlLine(line) {
    let m = /^(\s*)(#.*)$/.exec(line);
    if (m) return esc(m[1]) + span('y-comment', m[2]);
    m = /^(---|\.\.\.)(?=\s|$)(.*)$/.exec(line);
    if (m) return span('y-doc', m[1]) + value(m[2]);
    m = /^(\s*)((?:-(?:\s+|$))*)(.*)$/.exec(line);
    let out = esc(m[1]) + span('y-dash', m[2]);
    let rest = m[3];
    const k = KEY.exec(rest);
    if (k) {
      out += span('y-key', k[1]) + esc(k[2]);
      rest = rest.slice(k[0].length);
    }
    return out + value(rest);
  }

  // A value: quoted strings (only where a scalar can start: `it's` is plain), a comment after a space.
  const TOKEN = /(^|[\s[{,])("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)|(^|\s)(#.*)/g;

  function value(s) {
    let out = '';
    let last = 0;
    for (const m of s.matchAll(TOKEN)) {
      const start = m.index + (m[1] ?? m[3]).length;
      out += esc(s.slice(last, start)) + (m[2] ? span('y-string', m[2]) : span('y-comment', m[4]));
      last = start + (m[2] || m[4]).length;
    }
    return out + esc(s.slice(last));
  }

  window.kubelab = Object.assign(window.kubelab || {}, {
    editor: { open, close, failed, isOpen: () => opts !== null },
  });
})();
